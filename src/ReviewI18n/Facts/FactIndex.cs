using ReviewI18n.Content;

namespace ReviewI18n.Facts;

/// <summary>
/// The facts of the sections of a document, each extracted once on first use and shared by the
/// checks that need them (fact comparison between locales, score against rating within a
/// document). Per section: rating-mismatch reads only the scored sections, fact-mismatch only
/// those both locales have, and no check reads the rest.
/// </summary>
public sealed class FactIndex
{
    public SectionFacts Of(ReviewDocument document, int sectionIndex)
    {
        var facts = document.Derived.GetOrAdd(this, document, static d => new SectionFacts?[d.Sections.Count]);
        // Two threads may extract one section at once (a source with several translations):
        // their facts are equal, and either may stay.
        return facts[sectionIndex] ??= Extract(document, document.Sections[sectionIndex]);
    }

    private static SectionFacts Extract(ReviewDocument document, Sections.Section section) =>
        FactExtractor.Extract(document.Text, section.ContentStart, section.ContentEnd);
}
