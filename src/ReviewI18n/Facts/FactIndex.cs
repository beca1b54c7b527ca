using ReviewI18n.Content;

namespace ReviewI18n.Facts;

/// <summary>
/// The facts of every section of a document, extracted once and shared by the checks that need
/// them (fact comparison between locales, score against rating within a document).
/// </summary>
public sealed class FactIndex
{

    public SectionFacts Of(ReviewDocument document, int sectionIndex) => document.Derived.GetOrAdd(this, () => Extract(document))[sectionIndex];

    private static SectionFacts[] Extract(ReviewDocument document)
    {
        var facts = new SectionFacts[document.Sections.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            var s = document.Sections[i];
            facts[i] = FactExtractor.Extract(document.Text, s.ContentStart, s.ContentEnd);
        }
        return facts;
    }
}
