using System.Diagnostics;
using Microsoft.Extensions.Logging;
using ReviewI18n.Analysis;
using ReviewI18n.Configuration;
using ReviewI18n.Diagnostics;
using ReviewI18n.Pairing;

namespace ReviewI18n.Checks;

/// <summary>
/// The Check stage: runs every enabled check, applies the severities of pipeline.json and
/// returns the findings in a stable order (file, line, column, rule).
/// </summary>
public sealed class CheckRunner(
    PipelineConfig config,
    IEnumerable<IDocumentCheck> documentChecks,
    IEnumerable<IPairCheck> pairChecks,
    IEnumerable<ISiteCheck> siteChecks,
    ILogger<CheckRunner>? logger = null)
{
    public PipelineConfig Config => config;

    /// <summary>The rules only whole-site checks report (pairing): <see cref="Recheck"/> recomputes them on every change.</summary>
    public IReadOnlySet<Rule> SiteRules { get; } = siteChecks.SelectMany(c => c.Rules).ToHashSet();

    /// <summary>The parts of the analysis the enabled checks read: what the Analyze stage must compute for them.</summary>
    public Analyses Reads => documentChecks.Cast<ICheck>().Concat(pairChecks).Concat(siteChecks)
        .Where(c => c.Rules.Any(config.Severities.IsEnabled))
        .Aggregate(Analyses.None, (parts, c) => parts | c.Reads);

    public IReadOnlyList<Diagnostic> Run(SiteAnalysis analysis, IEnumerable<Diagnostic>? loadProblems = null, CancellationToken cancellationToken = default) =>
        Run(analysis, loadProblems, null, null, cancellationToken);

    /// <summary>
    /// Runs document checks only on <paramref name="documents"/> and pair checks only on
    /// <paramref name="pairs"/> when given (a watch re-checks what a change touched); site checks always.
    /// </summary>
    public IReadOnlyList<Diagnostic> Run(SiteAnalysis analysis, IEnumerable<Diagnostic>? loadProblems, IEnumerable<Content.ReviewDocument>? documents,
        IEnumerable<DocumentPair>? pairs, CancellationToken cancellationToken = default)
    {
        var site = analysis.Site;
        var policy = config.Severities;
        bool Enabled(ICheck c) => c.Rules.Any(policy.IsEnabled);
        var perDocument = documentChecks.Where(Enabled).ToArray();
        var perPair = pairChecks.Where(Enabled).ToArray();
        var whole = siteChecks.Where(Enabled).ToArray();

        // With --verbose, the time and allocations of each check over the site.
        var meter = logger?.IsEnabled(LogLevel.Debug) == true ? new Meter(perDocument.Length + perPair.Length) : null;

        var results = new List<Diagnostic>(loadProblems ?? []);
        var gate = new object();
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };

        if (perDocument.Length > 0)
        {
            Parallel.ForEach(documents ?? site.Documents, parallel, () => new List<Diagnostic>(), (doc, _, local) =>
            {
                for (var i = 0; i < perDocument.Length; i++)
                {
                    var started = meter?.Start() ?? default;
                    perDocument[i].Check(doc, analysis, local);
                    meter?.Stop(i, started);
                }
                return local;
            }, local => { lock (gate) results.AddRange(local); });
        }
        if (perPair.Length > 0)
        {
            Parallel.ForEach(pairs ?? site.Pairs, parallel, () => new List<Diagnostic>(), (pair, _, local) =>
            {
                for (var i = 0; i < perPair.Length; i++)
                {
                    var started = meter?.Start() ?? default;
                    perPair[i].Check(pair, analysis, local);
                    meter?.Stop(perDocument.Length + i, started);
                }
                return local;
            }, local => { lock (gate) results.AddRange(local); });
        }
        foreach (var check in whole)
        {
            cancellationToken.ThrowIfCancellationRequested();
            check.Check(analysis, results);
        }

        if (meter is not null)
        {
            ICheck[] timed = [.. perDocument, .. perPair];
            logger!.LogDebug("Time and allocations of each check, summed over threads: {Checks}", meter.Describe(timed));
        }

        var final = new List<Diagnostic>(results.Count);
        foreach (var d in results)
        {
            if (policy.Apply(d) is { } kept) final.Add(kept);
        }
        final.Sort(Diagnostic.Order);
        return final;
    }

    /// <summary>
    /// The findings of <paramref name="analysis"/> worked out from <paramref name="before"/>, the
    /// findings of an earlier analysis of the same site whose site was <paramref name="previous"/>,
    /// after the files at <paramref name="changed"/> (site-relative paths) were edited, added or
    /// removed. Pairing goes by collection and key (the ref), and no check reads a document of
    /// another key: so the documents touched are every document, then or now, that shares a
    /// collection and key with a changed one (its partners, a duplicate it displaced, an orphan it
    /// adopted). Document checks run again on them, pair checks on their pairs and site checks on
    /// the whole site; every other finding is kept as it was.
    /// </summary>
    public List<Diagnostic> Recheck(SiteAnalysis analysis, SiteModel previous, IReadOnlyList<Diagnostic> before, IReadOnlySet<string> changed,
        IEnumerable<Diagnostic>? problems = null, CancellationToken cancellationToken = default)
    {
        var site = analysis.Site;
        static (string, string) GroupOf(Content.ReviewDocument d) => (d.Collection.Name, d.Key);
        var groups = previous.Documents.Concat(site.Documents).Where(d => changed.Contains(d.RelativePath)).Select(GroupOf).ToHashSet();
        var touched = new HashSet<string>(changed, StringComparer.Ordinal);
        touched.UnionWith(previous.Documents.Concat(site.Documents).Where(d => groups.Contains(GroupOf(d))).Select(d => d.RelativePath));

        var documents = site.Documents.Where(d => touched.Contains(d.RelativePath)).ToList();
        var pairs = site.Pairs.Where(p => groups.Contains(GroupOf(p.Source))).ToList();
        var fresh = Run(analysis, problems, documents, pairs, cancellationToken);
        var findings = new List<Diagnostic>(before.Count + fresh.Count);
        findings.AddRange(before.Where(d => !touched.Contains(d.File) && !SiteRules.Contains(d.Rule)));
        findings.AddRange(fresh);
        findings.Sort(Diagnostic.Order);
        return findings;
    }

    /// <summary>Time and bytes allocated per check, added up across the threads that run them.</summary>
    private sealed class Meter(int checks)
    {
        private readonly long[] _ticks = new long[checks];
        private readonly long[] _bytes = new long[checks];

        public Mark Start() => new(Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());

        public void Stop(int check, Mark started)
        {
            Interlocked.Add(ref _ticks[check], Stopwatch.GetTimestamp() - started.Ticks);
            Interlocked.Add(ref _bytes[check], GC.GetAllocatedBytesForCurrentThread() - started.Bytes);
        }

        public string Describe(IReadOnlyList<ICheck> checks) => string.Join(", ", checks.Select((check, i) =>
            $"{check.GetType().Name} {Stopwatch.GetElapsedTime(0, _ticks[i]).TotalMilliseconds:F0} ms {_bytes[i] / 1e6:F1} MB"));
    }

    private readonly record struct Mark(long Ticks, long Bytes);
}
