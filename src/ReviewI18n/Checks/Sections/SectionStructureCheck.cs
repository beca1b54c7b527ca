using ReviewI18n.Analysis;
using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Checks.Sections;

/// <summary>
/// <c>missing-section</c>, <c>extra-section</c> and <c>section-order</c>: compares the sections of a
/// source and its translation as aligned by <see cref="SectionAligner"/>.
/// </summary>
public sealed class SectionStructureCheck : IPairCheck
{
    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.MissingSection, Diagnostics.Rules.ExtraSection, Diagnostics.Rules.SectionOrder];

    public void Check(DocumentPair pair, SiteAnalysis analysis, ICollection<Diagnostic> findings)
    {
        if (!SectionPairs.CanCompare(pair)) return;
        var alignment = analysis.Of(pair).Alignment;
        var translation = pair.Translation;
        var sourceLocale = pair.Source.Locale;
        KeyedSection? previous = null; // the translation section of the last matched source section
        foreach (var aligned in alignment.Sections)
        {
            if (aligned.Source is { } s && aligned.Translation is null)
            {
                findings.Add(Findings.Sections.MissingSection(pair, s, InsertionLine(translation, previous)));
            }
            else if (aligned.Source is null && aligned.Translation is { } t)
            {
                findings.Add(Findings.Sections.ExtraSection(translation, t, sourceLocale));
            }
            else if (aligned.Translation is { } matched && (previous is null || matched.Index > previous.Index))
            {
                previous = matched;
            }
        }
        foreach (var (section, sourceIndex) in OutOfOrder(alignment))
        {
            findings.Add(Findings.Sections.SectionOrder(translation, section, sourceLocale, sourceIndex));
        }
    }

    /// <summary>
    /// Where a missing section belongs in the translation: the last line with text of the section
    /// that precedes it, or the first heading when it would come first.
    /// </summary>
    private static int InsertionLine(ReviewDocument translation, KeyedSection? previous)
    {
        if (previous is null)
        {
            return translation.Sections.Count > 0 ? translation.Sections[0].HeadingLine : translation.Lines.LineCount;
        }
        var section = previous.Section;
        var end = section.ContentEnd;
        var text = translation.Text;
        while (end > section.ContentStart && char.IsWhiteSpace(text[end - 1])) end--;
        return end > section.ContentStart ? translation.PositionOf(end - 1).Line : section.HeadingLine;
    }

    /// <summary>
    /// Matched sections that are not part of the longest run in source order (by translation
    /// position): the fewest moves that restore the order.
    /// </summary>
    private static IEnumerable<(KeyedSection Section, int SourceIndex)> OutOfOrder(SectionAlignment alignment)
    {
        var matched = alignment.Matched.OrderBy(a => a.Translation!.Index).ToList();
        if (matched.Count < 2) yield break;
        var n = matched.Count;
        var length = new int[n];
        var back = new int[n];
        var best = 0;
        for (var i = 0; i < n; i++)
        {
            length[i] = 1;
            back[i] = -1;
            for (var j = 0; j < i; j++)
            {
                if (matched[j].Source!.Index < matched[i].Source!.Index && length[j] + 1 > length[i])
                {
                    length[i] = length[j] + 1;
                    back[i] = j;
                }
            }
            if (length[i] > length[best]) best = i;
        }
        var inOrder = new bool[n];
        for (var i = best; i >= 0; i = back[i]) inOrder[i] = true;
        for (var i = 0; i < n; i++)
        {
            if (!inOrder[i]) yield return (matched[i].Translation!, matched[i].Source!.Index);
        }
    }
}
