using ReviewI18n.Content;
using ReviewI18n.Glossary;

namespace ReviewI18n.Sections;

/// <summary>
/// Gives every section of a document its key through the heading glossary. Documents are
/// immutable, so the answer is computed once per document and kept beside it.
/// </summary>
public sealed class SectionKeyResolver(TranslationGlossary glossary)
{

    public TranslationGlossary Glossary => glossary;

    public IReadOnlyList<KeyedSection> KeysOf(ReviewDocument document) =>
        document.Derived.GetOrAdd(this, () => Resolve(document));

    private IReadOnlyList<KeyedSection> Resolve(ReviewDocument document)
    {
        var keyed = new KeyedSection[document.Sections.Count];
        for (var i = 0; i < keyed.Length; i++)
        {
            var section = document.Sections[i];
            var entry = glossary.Match(document.Locale, section.Heading);
            keyed[i] = new KeyedSection(section, entry?.Key ?? HeadingText.Slug(section.Heading), entry);
        }
        return keyed;
    }
}
