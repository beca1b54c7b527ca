using System.Diagnostics;
using Microsoft.Extensions.Logging;
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

    /// <summary>The rules only whole-site checks report (pairing); a watch recomputes them on every change.</summary>
    public IReadOnlySet<Rule> SiteRules { get; } = siteChecks.SelectMany(c => c.Rules).ToHashSet();

    public IReadOnlyList<Diagnostic> Run(SiteModel site, IEnumerable<Diagnostic>? loadProblems = null, CancellationToken cancellationToken = default) =>
        Run(site, loadProblems, null, null, cancellationToken);

    /// <summary>
    /// Runs document checks only on <paramref name="documents"/> and pair checks only on
    /// <paramref name="pairs"/> when given (a watch re-checks what a change touched); site checks always.
    /// </summary>
    public IReadOnlyList<Diagnostic> Run(SiteModel site, IEnumerable<Diagnostic>? loadProblems, IEnumerable<Content.ReviewDocument>? documents,
        IEnumerable<DocumentPair>? pairs, CancellationToken cancellationToken = default)
    {
        var policy = config.Severities;
        bool Enabled(ICheck c) => c.Rules.Any(policy.IsEnabled);
        var perDocument = documentChecks.Where(Enabled).ToArray();
        var perPair = pairChecks.Where(Enabled).ToArray();
        var whole = siteChecks.Where(Enabled).ToArray();

        // With --verbose, the time each check takes over the site (summed over threads).
        var timed = logger?.IsEnabled(LogLevel.Debug) == true;
        var ticks = new long[perDocument.Length + perPair.Length];
        var bytes = new long[ticks.Length];

        var results = new List<Diagnostic>(loadProblems ?? []);
        var gate = new object();
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };

        // Site-wide preparation (history) overlaps the document checks instead of stalling a pair check.
        var preparing = perPair.OfType<IPreparesSite>()
            .Select(c => Task.Factory.StartNew(() => c.Prepare(site, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default))
            .ToArray();

        if (perDocument.Length > 0)
        {
            Parallel.ForEach(documents ?? site.Documents, parallel, () => new List<Diagnostic>(), (doc, _, local) =>
            {
                if (!timed)
                {
                    foreach (var check in perDocument) check.Check(doc, site, local);
                    return local;
                }
                for (var i = 0; i < perDocument.Length; i++)
                {
                    var (started, allocated) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
                    perDocument[i].Check(doc, site, local);
                    Interlocked.Add(ref ticks[i], Stopwatch.GetTimestamp() - started);
                    Interlocked.Add(ref bytes[i], GC.GetAllocatedBytesForCurrentThread() - allocated);
                }
                return local;
            }, local => { lock (gate) results.AddRange(local); });
        }
        try
        {
            Task.WaitAll(preparing, cancellationToken);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }
        if (perPair.Length > 0)
        {
            Parallel.ForEach(pairs ?? site.Pairs, parallel, () => new List<Diagnostic>(), (pair, _, local) =>
            {
                if (!timed)
                {
                    foreach (var check in perPair) check.Check(pair, site, local);
                    return local;
                }
                for (var i = 0; i < perPair.Length; i++)
                {
                    var (started, allocated) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
                    perPair[i].Check(pair, site, local);
                    Interlocked.Add(ref ticks[perDocument.Length + i], Stopwatch.GetTimestamp() - started);
                    Interlocked.Add(ref bytes[perDocument.Length + i], GC.GetAllocatedBytesForCurrentThread() - allocated);
                }
                return local;
            }, local => { lock (gate) results.AddRange(local); });
        }
        foreach (var check in whole)
        {
            cancellationToken.ThrowIfCancellationRequested();
            check.Check(site, results);
        }

        if (timed)
        {
            // Values derived once per document (facts, encoding analysis, section keys) are
            // charged to the first check that asks for them.
            var named = perDocument.Cast<ICheck>().Concat(perPair)
                .Select((check, i) => $"{check.GetType().Name} {Stopwatch.GetElapsedTime(0, ticks[i]).TotalMilliseconds:F0} ms {bytes[i] / 1e6:F1} MB")
                .ToArray();
            logger!.LogDebug("Time and allocations of each check, summed over threads: {Checks}", string.Join(", ", named));
        }

        var final = new List<Diagnostic>(results.Count);
        foreach (var d in results)
        {
            if (policy.Apply(d) is { } kept) final.Add(kept);
        }
        final.Sort(Diagnostic.Order);
        return final;
    }
}
