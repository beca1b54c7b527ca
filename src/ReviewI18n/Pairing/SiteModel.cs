using ReviewI18n.Configuration;
using ReviewI18n.Content;

namespace ReviewI18n.Pairing;

/// <summary>
/// Every loaded document and how they pair up. Built once by <see cref="Pairer"/>; checks,
/// sync and reports only read it.
/// </summary>
public sealed class SiteModel
{
    private readonly Dictionary<(string Collection, string Locale, string Key), ReviewDocument> _index;

    internal SiteModel(
        PipelineConfig config,
        IReadOnlyList<ReviewDocument> documents,
        IReadOnlyList<DocumentPair> pairs,
        IReadOnlyList<MissingTranslation> missing,
        IReadOnlyList<ReviewDocument> orphans,
        IReadOnlyList<IReadOnlyList<ReviewDocument>> duplicates,
        Dictionary<(string, string, string), ReviewDocument> index)
    {
        Config = config;
        Documents = documents;
        Pairs = pairs;
        Missing = missing;
        Orphans = orphans;
        Duplicates = duplicates;
        _index = index;
    }

    public PipelineConfig Config { get; }

    /// <summary>All documents, ordered by relative path.</summary>
    public IReadOnlyList<ReviewDocument> Documents { get; }

    public IReadOnlyList<DocumentPair> Pairs { get; }

    public IReadOnlyList<MissingTranslation> Missing { get; }

    /// <summary>Translations whose key has no source document.</summary>
    public IReadOnlyList<ReviewDocument> Orphans { get; }

    /// <summary>Groups of two or more documents of one collection and locale with the same key.</summary>
    public IReadOnlyList<IReadOnlyList<ReviewDocument>> Duplicates { get; }

    /// <summary>The document of a collection, locale and key (the first by path when duplicated).</summary>
    public ReviewDocument? Find(string collection, string locale, string key) =>
        _index.GetValueOrDefault((collection, locale, key));

    public IEnumerable<ReviewDocument> SourceDocuments => Documents.Where(d => d.Locale == Config.SourceLocale);
}
