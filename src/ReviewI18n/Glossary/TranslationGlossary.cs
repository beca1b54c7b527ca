namespace ReviewI18n.Glossary;

/// <summary>
/// The translator-edited glossary (folder <c>glossary/</c>): section headings per key, terms with a
/// fixed translation, tag translations. Loaded once by <see cref="GlossaryLoader"/>; read-only.
/// </summary>
public sealed class TranslationGlossary
{
    private readonly Dictionary<(string Locale, string Heading), HeadingEntry> _byLocaleHeading;
    private readonly Dictionary<string, HeadingEntry> _byAnyHeading;
    private readonly Dictionary<string, HeadingEntry> _byKey;

    public TranslationGlossary(string folder, bool exists, IReadOnlyList<HeadingEntry> headings, IReadOnlyList<GlossaryEntry> terms, IReadOnlyList<GlossaryEntry> tags)
    {
        Folder = folder;
        Exists = exists;
        Headings = headings;
        Terms = terms;
        Tags = tags;
        _byKey = new(StringComparer.Ordinal);
        _byLocaleHeading = [];
        _byAnyHeading = new(StringComparer.Ordinal);
        foreach (var entry in headings)
        {
            _byKey.TryAdd(entry.Key, entry);
            foreach (var (locale, texts) in entry.Headings)
            {
                foreach (var text in texts)
                {
                    var normalized = HeadingText.Normalize(text);
                    _byLocaleHeading.TryAdd((locale, normalized), entry);
                    _byAnyHeading.TryAdd(normalized, entry);
                }
            }
        }
    }

    /// <summary>A glossary with nothing in it: every heading is unknown and aligned by position.</summary>
    public static TranslationGlossary Empty(string folder) => new(folder, exists: false, [], [], []);

    public string Folder { get; }

    /// <summary>False when the glossary folder is missing.</summary>
    public bool Exists { get; }

    public IReadOnlyList<HeadingEntry> Headings { get; }

    public IReadOnlyList<GlossaryEntry> Terms { get; }

    public IReadOnlyList<GlossaryEntry> Tags { get; }

    public HeadingEntry? EntryFor(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>
    /// The entry a heading belongs to: first among the headings of its own locale, then among
    /// any locale's (a ja file that kept the English <c>References</c> heading still aligns).
    /// </summary>
    public HeadingEntry? Match(string locale, string heading)
    {
        var normalized = HeadingText.Normalize(heading);
        return _byLocaleHeading.GetValueOrDefault((locale, normalized)) ?? _byAnyHeading.GetValueOrDefault(normalized);
    }
}
