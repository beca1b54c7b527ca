using Microsoft.Extensions.Logging;
using ReviewI18n.Baselines;
using ReviewI18n.Content;
using ReviewI18n.Drift;
using ReviewI18n.Encodings;
using ReviewI18n.Facts;
using ReviewI18n.History;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Analysis;

/// <summary>
/// The Analyze stage: derives, once, what the checks and reports read about each document
/// (section keys, drift sections, and as asked the encoding survey, reference list and facts)
/// and each pair (alignment, and as asked the drift baseline). Everything is computed here,
/// before any check runs, so no check pays for another's data and no service keeps a cache.
/// </summary>
/// <remarks>
/// Drift baselines read git, which takes a thread and the git process but little of our CPU:
/// they are worked out beside the per-document analysis, once the section keys they compare
/// are known. An analysis given as <c>previous</c> lends every document and pair it holds
/// unchanged (the same objects), so a watch or the next point of a history report analyses
/// only what changed.
/// </remarks>
public sealed class Analyzer(SectionKeyResolver keys, EncodingAnalyzer encoding, DriftBaselineProvider baselines, ILogger<Analyzer> logger)
{
    /// <summary>
    /// Analyses the site: <paramref name="parts"/> are the optional parts to compute;
    /// <paramref name="previous"/> lends what it holds unchanged; <paramref name="commits"/> is a
    /// git log read before (another batch of the same site), used again while HEAD stays.
    /// </summary>
    public SiteAnalysis Analyze(SiteModel site, Analyses parts, SiteAnalysis? previous = null, CancellationToken cancellationToken = default, CommitLog? commits = null)
    {
        commits ??= previous?.Commits;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        var documents = site.Documents;
        var documentParts = parts & ~Analyses.Baselines;

        // Section keys and drift sections first: they are cheap, and drift baselines need them.
        var reused = new DocumentAnalysis?[documents.Count];
        var keyed = new IReadOnlyList<KeyedSection>[documents.Count];
        var drift = new IReadOnlyList<DriftSection>[documents.Count];
        Parallel.For(0, documents.Count, parallel, i =>
        {
            if (previous?.Find(documents[i]) is { } known && (known.Computed & documentParts) == documentParts)
            {
                (reused[i], keyed[i], drift[i]) = (known, known.Sections, known.DriftSections);
                return;
            }
            keyed[i] = keys.KeysOf(documents[i]);
            drift[i] = DriftSection.Of(documents[i], keyed[i]);
        });
        var index = new Dictionary<ReviewDocument, int>(documents.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < documents.Count; i++) index[documents[i]] = i;

        // Drift baselines of the pairs the previous analysis does not hold, on a thread of their own.
        var lent = new Dictionary<ReviewDocument, PairAnalysis>(site.Pairs.Count, ReferenceEqualityComparer.Instance);
        var fresh = new List<DocumentPair>();
        var previousBaselines = previous is not null && previous.Computed.HasFlag(Analyses.Baselines);
        foreach (var pair in site.Pairs)
        {
            if (previous?.Find(pair) is { } known && (previousBaselines || !parts.HasFlag(Analyses.Baselines))) lent[pair.Translation] = known;
            else fresh.Add(pair);
        }
        var baselinesRead = parts.HasFlag(Analyses.Baselines) && fresh.Count > 0
            ? Task.Factory.StartNew(() => baselines.For(site, fresh, d => drift[index[d]], commits, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            : Task.FromResult<(IReadOnlyDictionary<DocumentPair, DriftBaseline>, CommitLog?)>((new Dictionary<DocumentPair, DriftBaseline>(), commits));

        var analysed = new Dictionary<ReviewDocument, DocumentAnalysis>(documents.Count, ReferenceEqualityComparer.Instance);
        var results = new DocumentAnalysis[documents.Count];
        Parallel.For(0, documents.Count, parallel, i =>
        {
            var document = documents[i];
            results[i] = reused[i] ?? new DocumentAnalysis(document, keyed[i], drift[i],
                documentParts.HasFlag(Analyses.Encoding) ? encoding.Analyze(document) : null,
                documentParts.HasFlag(Analyses.References) ? ReferenceList.Of(document) : null,
                documentParts.HasFlag(Analyses.Facts) ? FactExtractor.Extract(document) : null);
        });
        for (var i = 0; i < documents.Count; i++) analysed[documents[i]] = results[i];

        var alignments = new SectionAlignment[fresh.Count];
        Parallel.For(0, fresh.Count, parallel, i =>
            alignments[i] = SectionAligner.Align(keyed[index[fresh[i].Source]], keyed[index[fresh[i].Translation]]));

        (var baselineOf, commits) = WaitFor(baselinesRead, cancellationToken);
        for (var i = 0; i < fresh.Count; i++)
        {
            lent[fresh[i].Translation] = new PairAnalysis(fresh[i], alignments[i], baselineOf.GetValueOrDefault(fresh[i]));
        }
        logger.LogDebug("Analysed {Documents} documents ({Reused} unchanged) and {Pairs} pairs ({Fresh} new) in {Elapsed:F0} ms",
            documents.Count, reused.Count(r => r is not null), site.Pairs.Count, fresh.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new SiteAnalysis(site, parts, analysed, lent, commits);
    }

    /// <summary>
    /// The drift baselines of some pairs of a site, for commands that record a few pairs (import,
    /// <c>baseline accept</c>) and need not analyse the whole site.
    /// </summary>
    public IReadOnlyDictionary<DocumentPair, DriftBaseline> Baselines(SiteModel site, IReadOnlyCollection<DocumentPair> pairs) =>
        baselines.For(site, pairs, d => DriftSection.Of(d, keys), null).Baselines;

    private static T WaitFor<T>(Task<T> task, CancellationToken cancellationToken)
    {
        try
        {
            task.Wait(cancellationToken);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }
        return task.Result;
    }
}
