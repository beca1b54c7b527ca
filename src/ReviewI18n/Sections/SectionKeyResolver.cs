using System.Collections.Concurrent;
using ReviewI18n.Content;
using ReviewI18n.Glossary;

namespace ReviewI18n.Sections;

/// <summary>
/// Gives every section of a document its key through the heading glossary. Headings repeat
/// from document to document, so each heading is also looked up once per locale: normalizing it
/// (case folding, brackets, white space) costs more than finding it again.
/// </summary>
public sealed class SectionKeyResolver(TranslationGlossary glossary)
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Resolved>> _headings = new(StringComparer.Ordinal);

    public TranslationGlossary Glossary => glossary;

    /// <summary>Every section of the document with its key (the Analyze stage keeps those of the site's documents).</summary>
    public IReadOnlyList<KeyedSection> KeysOf(ReviewDocument document)
    {
        var headings = HeadingsOf(document.Locale);
        var keyed = new KeyedSection[document.Sections.Count];
        for (var i = 0; i < keyed.Length; i++)
        {
            var section = document.Sections[i];
            var resolved = Resolve(headings, document.Locale, section.Heading);
            keyed[i] = new KeyedSection(section, resolved.Key, resolved.Entry);
        }
        return keyed;
    }

    /// <summary>A heading's key and glossary entry (none: the key is a slug of the heading).</summary>
    private sealed record Resolved(string Key, HeadingEntry? Entry);

    private ConcurrentDictionary<string, Resolved> HeadingsOf(string locale) =>
        _headings.TryGetValue(locale, out var headings) ? headings : _headings.GetOrAdd(locale, new ConcurrentDictionary<string, Resolved>(StringComparer.Ordinal));

    private Resolved Resolve(ConcurrentDictionary<string, Resolved> headings, string locale, string heading)
    {
        if (headings.TryGetValue(heading, out var known)) return known;
        var entry = glossary.Match(locale, heading);
        var resolved = new Resolved(entry?.Key ?? HeadingText.Slug(heading), entry);
        headings.TryAdd(heading, resolved);
        return resolved;
    }
}
