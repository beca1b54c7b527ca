using Microsoft.Extensions.Logging;
using ReviewI18n.Checks;
using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Pairing;

namespace ReviewI18n;

/// <summary>What one pass of Load, Pair and Check produced.</summary>
public sealed record PipelineResult(SiteModel Site, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>Load -> Pair -> Check. Sync and the reports read its result.</summary>
public sealed class ReviewPipeline(ContentLoader loader, CheckRunner checks, ILogger<ReviewPipeline> logger, LoadTuning? tuning = null)
{
    public PipelineResult Check(CancellationToken cancellationToken = default)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var cpu0 = Environment.CpuUsage.TotalTime;
        var files = loader.ListFiles(out var listProblems);
        // Nearly all a check allocates lives to its end: collections would only copy it around.
        using var paused = (tuning ?? LoadTuning.Default).Pause(LoadTuning.CheckBytesPerDiskByte * ContentLoader.DiskBytes(files));
        var loaded = loader.Read(files, listProblems, cancellationToken);
        var loadedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        var cpu1 = Environment.CpuUsage.TotalTime;
        var site = Pairer.Pair(checks.Config, loaded.Documents);
        var diagnostics = checks.Run(site, loaded.Problems, cancellationToken);
        var cpu2 = Environment.CpuUsage.TotalTime;
        logger.LogDebug("Load {Load:F0} ms ({LoadCpu:F0} ms CPU), pair and check {Check:F0} ms ({CheckCpu:F0} ms CPU); {StartCpu:F0} ms CPU before loading",
            System.Diagnostics.Stopwatch.GetElapsedTime(started, loadedAt).TotalMilliseconds, (cpu1 - cpu0).TotalMilliseconds,
            System.Diagnostics.Stopwatch.GetElapsedTime(loadedAt).TotalMilliseconds, (cpu2 - cpu1).TotalMilliseconds, cpu0.TotalMilliseconds);
        logger.LogDebug("JIT compiled {Methods} methods in {Jit:F0} ms (R2R code needs none; generics over our types and tier-1 rejits do)",
            System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds);
        logger.LogDebug("GC: {Gen0} gen0, {Gen1} gen1, {Gen2} gen2 collections, {Pause:F0} ms paused, {Allocated:F0} MB allocated",
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration().TotalMilliseconds, GC.GetTotalAllocatedBytes() / 1e6);
        logger.LogInformation("Checked {Documents} documents and {Pairs} pairs in {Elapsed:F0} ms",
            site.Documents.Count, site.Pairs.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new PipelineResult(site, diagnostics);
    }
}
