using ReviewI18n.History;
using ReviewI18n.Content;
using ReviewI18n.Pairing;

namespace ReviewI18n.Analysis;

/// <summary>
/// The Analyze stage's result: the paired site and the analysis of each of its documents and
/// pairs. Immutable; a later analysis of an edited site (a watch, the next point of a history
/// report) reuses the parts of the documents and pairs that did not change.
/// </summary>
public sealed class SiteAnalysis
{
    private readonly Dictionary<ReviewDocument, DocumentAnalysis> _documents;
    private readonly Dictionary<ReviewDocument, PairAnalysis> _pairsByTranslation;

    internal SiteAnalysis(SiteModel site, Analyses computed, Dictionary<ReviewDocument, DocumentAnalysis> documents,
        Dictionary<ReviewDocument, PairAnalysis> pairsByTranslation, CommitLog? commits)
    {
        Site = site;
        Computed = computed;
        _documents = documents;
        _pairsByTranslation = pairsByTranslation;
        Commits = commits;
    }

    public SiteModel Site { get; }

    /// <summary>The optional parts this analysis holds.</summary>
    public Analyses Computed { get; }

    /// <summary>The git log drift read (per HEAD), for a later analysis or batch to reuse; null when it read none.</summary>
    public CommitLog? Commits { get; }

    public DocumentAnalysis Of(ReviewDocument document) =>
        _documents.TryGetValue(document, out var analysis) ? analysis : throw new ArgumentException($"{document.RelativePath} is not in the analysed site", nameof(document));

    public PairAnalysis Of(DocumentPair pair) =>
        Find(pair) ?? throw new ArgumentException($"{pair} is not a pair of the analysed site", nameof(pair));

    /// <summary>The document's analysis when this analysis holds that very document (not an edited copy).</summary>
    internal DocumentAnalysis? Find(ReviewDocument document) => _documents.GetValueOrDefault(document);

    /// <summary>The pair's analysis when this analysis paired the very same two documents.</summary>
    internal PairAnalysis? Find(DocumentPair pair) =>
        _pairsByTranslation.TryGetValue(pair.Translation, out var analysis) && ReferenceEquals(analysis.Pair.Source, pair.Source) ? analysis : null;
}
