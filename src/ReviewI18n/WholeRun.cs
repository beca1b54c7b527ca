using ReviewI18n.Configuration;
using ReviewI18n.Reports;
using ReviewI18n.Sync;

namespace ReviewI18n;

/// <summary>One report pipeline.json names, computed: coverage or a worklist, to be written where it says.</summary>
public sealed record ComputedReport(ReportOptions Options, CoverageReport? Coverage, Worklist? Worklist);

/// <summary>What a whole run produced after checking: the sync plan's summary and the reports pipeline.json names.</summary>
public sealed record RunOutcome(IReadOnlyList<string> SyncLines, IReadOnlyList<ComputedReport> Reports);

/// <summary>
/// The stages after Check, in one place: the sync plan (written only when asked, under the sync
/// lock the caller holds), then every report pipeline.json names under <c>reports</c>, each
/// computed from the one checked site. Rendering and writing the reports is the caller's.
/// Load -> Pair -> Check is <see cref="ReviewPipeline"/>.
/// </summary>
public sealed class WholeRun(PipelineConfig config, SyncEngine sync, CoverageCalculator coverage, WorklistBuilder worklists)
{
    public RunOutcome After(PipelineResult result, bool writeSync, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var baseline = sync.Planner.StoredBaseline;
        var plan = sync.Planner.Plan(result.Site, baseline, SyncScope.All);
        var outcome = sync.Prepare(plan);
        if (writeSync && outcome.Changes.Count > 0) outcome = sync.Write(plan, outcome, baseline, cancellationToken);
        var syncLines = SyncSummary.Lines(plan, outcome, writeSync);

        // Coverage is computed once, however many coverage reports pipeline.json names.
        var computedCoverage = new Lazy<CoverageReport>(() => coverage.Compute(result));
        var reports = new List<ComputedReport>();
        foreach (var report in config.Reports)
        {
            cancellationToken.ThrowIfCancellationRequested();
            reports.Add(report.Kind == "pending"
                ? new ComputedReport(report, null, worklists.Build(result, report.Locale!, WorklistFilter.All))
                : new ComputedReport(report, computedCoverage.Value, null));
        }
        return new RunOutcome(syncLines, reports);
    }
}
