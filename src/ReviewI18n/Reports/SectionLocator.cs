using ReviewI18n.Diagnostics;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Reports;

/// <summary>
/// The aligned section a section finding is about, by the finding's section index in its file
/// (<see cref="Diagnostic.SectionIndex"/>, <see cref="Diagnostic.SectionFile"/>): the source's
/// sections or the translation's. Only sections the source has are found (a section only the
/// translation has is no source section's status or work).
/// </summary>
internal static class SectionLocator
{
    public static AlignedSection? Find(SectionAlignment alignment, DocumentPair pair, Diagnostic d)
    {
        if (d.SectionIndex is not { } index) return null;
        var file = d.SectionFile ?? d.File;
        var inSource = file == pair.Source.RelativePath;
        if (!inSource && file != pair.Translation.RelativePath) return null;
        foreach (var a in alignment.Sections)
        {
            if (a.Source is null) continue;
            if ((inSource ? a.Source : a.Translation)?.Index == index) return a;
        }
        return null;
    }
}
