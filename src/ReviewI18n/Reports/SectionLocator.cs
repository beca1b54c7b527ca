using ReviewI18n.Diagnostics;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Reports;

/// <summary>
/// Finds the aligned section a section finding is about. Findings carry the section key, which
/// may be the source's key, the translation's or the alignment's (they differ when sections were
/// paired by position); when a key occurs twice, the finding's line picks the one it falls in.
/// </summary>
internal static class SectionLocator
{
    public static AlignedSection? Find(SectionAlignment alignment, DocumentPair pair, Diagnostic d)
    {
        AlignedSection? first = null;
        var wantsUnmatched = d.Rule == Rules.MissingSection;
        foreach (var a in alignment.Sections)
        {
            if (a.Source is null) continue;
            if (wantsUnmatched != (a.Translation is null)) continue;
            if (d.Section is { } key && key != a.Key && key != a.Source.Key && key != a.Translation?.Key) continue;
            if (Contains(a, pair, d)) return a;
            first ??= a;
        }
        if (first is not null || d.Section is null) return first;
        // No key matched: fall back to the line alone.
        foreach (var a in alignment.Matched)
        {
            if (Contains(a, pair, d)) return a;
        }
        return null;
    }

    private static bool Contains(AlignedSection a, DocumentPair pair, Diagnostic d)
    {
        var side = d.File == pair.Translation.RelativePath ? a.Translation : d.File == pair.Source.RelativePath ? a.Source : null;
        return side is not null && d.Line >= side.Section.HeadingLine && d.Line <= side.Section.LastLine;
    }
}
