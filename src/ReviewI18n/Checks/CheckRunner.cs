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
    IEnumerable<ISiteCheck> siteChecks)
{
    public PipelineConfig Config => config;

    public IReadOnlyList<Diagnostic> Run(SiteModel site, IEnumerable<Diagnostic>? loadProblems = null, CancellationToken cancellationToken = default)
    {
        var policy = config.Severities;
        bool Enabled(ICheck c) => c.Rules.Any(policy.IsEnabled);
        var perDocument = documentChecks.Where(Enabled).ToArray();
        var perPair = pairChecks.Where(Enabled).ToArray();
        var whole = siteChecks.Where(Enabled).ToArray();

        var results = new List<Diagnostic>(loadProblems ?? []);
        var gate = new object();
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };

        if (perDocument.Length > 0)
        {
            Parallel.ForEach(site.Documents, parallel, () => new List<Diagnostic>(), (doc, _, local) =>
            {
                foreach (var check in perDocument) check.Check(doc, site, local);
                return local;
            }, local => { lock (gate) results.AddRange(local); });
        }
        if (perPair.Length > 0)
        {
            Parallel.ForEach(site.Pairs, parallel, () => new List<Diagnostic>(), (pair, _, local) =>
            {
                foreach (var check in perPair) check.Check(pair, site, local);
                return local;
            }, local => { lock (gate) results.AddRange(local); });
        }
        foreach (var check in whole)
        {
            cancellationToken.ThrowIfCancellationRequested();
            check.Check(site, results);
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
