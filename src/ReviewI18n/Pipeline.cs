using Microsoft.Extensions.Logging;
using ReviewI18n.Analysis;
using ReviewI18n.Checks;
using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.History;
using ReviewI18n.Pairing;

namespace ReviewI18n;

/// <summary>What one pass of Load, Pair, Analyze and Check produced: the analysed site and its findings.</summary>
public sealed record PipelineResult(SiteAnalysis Analysis, IReadOnlyList<Diagnostic> Diagnostics)
{
    public SiteModel Site => Analysis.Site;
}

/// <summary>The findings of a check and the counts its summary shows, without the loaded site.</summary>
public sealed record CheckFindings(int Documents, int Pairs, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// When a check reads the site in parts. A site larger than <paramref name="WholeSiteBytes"/> on
/// disk is checked in batches of about <paramref name="BatchBytes"/>, so the memory a check takes
/// stays bounded however large the site grows; smaller sites are read whole, which is faster.
/// </summary>
public sealed record CheckBatching(long WholeSiteBytes, long BatchBytes)
{
    /// <summary>
    /// 64 MiB on disk is about 9,000 reviews of the real site (which has 7,611 in 52 MB); a batch
    /// of 16 MiB about 2,000. A site read whole keeps everything to the end of the check (about
    /// seven times its bytes on disk), so this bounds the memory of the fast path too.
    /// </summary>
    public static CheckBatching Default { get; } = new(64L * 1024 * 1024, 16L * 1024 * 1024);
}

/// <summary>
/// Load -> Pair -> Analyze -> Check, for the whole site or in batches. What follows in a whole
/// run (the sync plan and the reports) is <see cref="WholeRun"/>.
/// </summary>
public sealed class ReviewPipeline(ContentLoader loader, Analyzer analyzer, CheckRunner checks, ILogger<ReviewPipeline> logger, LoadTuning? tuning = null, CheckBatching? batching = null)
{
    private readonly CheckBatching _batching = batching ?? CheckBatching.Default;

    /// <summary>Loads the whole site, pairs and checks it; the result keeps the site for sync and the reports.</summary>
    public PipelineResult CheckWholeSite(CancellationToken cancellationToken = default)
    {
        var files = loader.ListFiles(out var listProblems);
        return Check(files, listProblems, cancellationToken);
    }

    /// <summary>
    /// As <see cref="CheckWholeSite(CancellationToken)"/>, for a command that reads the findings and
    /// the analysed site but no drift baselines (pending, report, export): when
    /// <paramref name="cache"/> holds the findings of the site as it is, the checks do not run and
    /// the drift baselines, which only they read, are not worked out; the site is loaded and
    /// analysed for the rest. Otherwise the whole check runs and its findings are kept.
    /// </summary>
    public PipelineResult CheckWholeSite(Cache.FindingCache cache, CancellationToken cancellationToken = default)
    {
        var look = cache.Look();
        PipelineResult CheckAndKeep()
        {
            var result = Check(look.Files, look.ListProblems, cancellationToken);
            if (look.Key is not null) cache.Write(look.Key, new CheckFindings(result.Site.Documents.Count, result.Site.Pairs.Count, result.Diagnostics));
            return result;
        }
        if (look.Cached is not { } cached) return CheckAndKeep();
        using var paused = (tuning ?? LoadTuning.Default).Pause(LoadTuning.CheckBytesPerDiskByte * ContentLoader.DiskBytes(look.Files));
        // The cached findings hold the listing's and the loading's problems already. A file that
        // reads differently now (its permissions changed, not its size or time) means they are not
        // this site's findings: then it is checked as if nothing were cached.
        var loaded = loader.Read(look.Files, [], cancellationToken);
        if (!ReadsAsCached(loaded, look, cached))
        {
            logger.LogDebug("The site does not read as when its findings were cached: checked again");
            return CheckAndKeep();
        }
        var analysis = analyzer.Analyze(Pairer.Pair(checks.Config, loaded.Documents), checks.Reads & ~Analyses.Baselines, cancellationToken: cancellationToken);
        return new PipelineResult(analysis, cached.Diagnostics);
    }

    /// <summary>Whether the files read now as the cached check read them: the same documents, and the same files it could not read.</summary>
    private static bool ReadsAsCached(LoadResult loaded, Cache.FindingCache.Lookup look, CheckFindings cached)
    {
        var listed = look.ListProblems.Select(p => p.File).ToHashSet(StringComparer.Ordinal);
        var unreadable = cached.Diagnostics.Where(d => d.Rule == Rules.FileUnreadable && !listed.Contains(d.File)).Select(d => d.File).ToHashSet(StringComparer.Ordinal);
        return loaded.Documents.Count == cached.Documents && unreadable.SetEquals(loaded.Problems.Select(p => p.File));
    }

    /// <summary>
    /// The findings of the whole site, as <see cref="CheckWholeSite(CancellationToken)"/> gives them, for
    /// a site of any size: past <see cref="CheckBatching.WholeSiteBytes"/> the site is read in
    /// batches, each holding every file of the pairing groups (collection and key) it covers, so
    /// pairing and every check see exactly what they would see in the whole site.
    /// </summary>
    public CheckFindings FindingsInBatches(CancellationToken cancellationToken = default)
    {
        var files = loader.ListFiles(out var listProblems);
        return FindingsInBatches(files, listProblems, cancellationToken);
    }

    /// <summary>The findings of files already listed (see <see cref="ContentLoader.ListFiles(out IReadOnlyList{Diagnostic})"/>).</summary>
    public CheckFindings FindingsInBatches(IReadOnlyList<ContentFile> files, IReadOnlyList<Diagnostic> listProblems, CancellationToken cancellationToken)
    {
        var bytes = ContentLoader.DiskBytes(files);
        if (bytes <= _batching.WholeSiteBytes)
        {
            var whole = Check(files, listProblems, cancellationToken);
            return new CheckFindings(whole.Site.Documents.Count, whole.Site.Pairs.Count, whole.Diagnostics);
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var keys = loader.ReadKeys(files, cancellationToken);
        var keyOf = new Dictionary<string, string>(files.Count, StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++) keyOf[files[i].FullPath] = keys[i];
        var batches = Batches(files, keys);
        var found = new List<Diagnostic>();
        int documents = 0, pairs = 0;
        CommitLog? commits = null; // git's log, read by the first batch that needs it
        for (var b = 0; b < batches.Count; b++)
        {
            // The listing's problems go in with the first batch, through the same severity policy.
            var loaded = loader.Read(batches[b], b == 0 ? listProblems : [], cancellationToken);
            WarnIfChanged(loaded.Documents, keyOf);
            var site = Pairer.Pair(checks.Config, loaded.Documents);
            var analysis = analyzer.Analyze(site, checks.Reads, cancellationToken: cancellationToken, commits: commits);
            commits = analysis.Commits;
            found.AddRange(checks.Run(analysis, loaded.Problems, cancellationToken));
            documents += site.Documents.Count;
            pairs += site.Pairs.Count;
        }
        found.Sort(Diagnostic.Order);
        logger.LogInformation("Checked {Documents} documents and {Pairs} pairs in {Batches} batches ({Bytes} MiB on disk) in {Elapsed:F0} ms",
            documents, pairs, batches.Count, bytes / (1024 * 1024), System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new CheckFindings(documents, pairs, found);
    }

    /// <summary>
    /// A file whose pairing key changed between the key pass and its batch (a checkout or a sync
    /// while the check ran) was grouped by its old key, so findings about its pair may not hold:
    /// said on stderr, as no single read of a changing site can be consistent.
    /// </summary>
    private void WarnIfChanged(IReadOnlyList<ReviewDocument> documents, Dictionary<string, string> keyOf)
    {
        foreach (var document in documents)
        {
            if (keyOf.TryGetValue(document.FullPath, out var key) && key != document.Key)
            {
                logger.LogWarning("{File} changed while the site was checked (its pairing key was '{Old}', now '{New}'): findings about its pair may be stale; check again",
                    document.RelativePath, key, document.Key);
            }
        }
    }

    /// <summary>The files grouped by collection and pairing key, groups packed into batches of about the batch size.</summary>
    private List<List<ContentFile>> Batches(IReadOnlyList<ContentFile> files, string[] keys)
    {
        var groups = new Dictionary<(string Collection, string Key), List<ContentFile>>();
        for (var i = 0; i < files.Count; i++)
        {
            var group = (files[i].Collection.Name, keys[i]);
            if (!groups.TryGetValue(group, out var members)) groups[group] = members = [];
            members.Add(files[i]);
        }
        var batches = new List<List<ContentFile>>();
        var current = new List<ContentFile>();
        long currentBytes = 0;
        foreach (var members in groups.Values)
        {
            current.AddRange(members);
            currentBytes += ContentLoader.DiskBytes(members);
            if (currentBytes < _batching.BatchBytes) continue;
            batches.Add(current);
            current = [];
            currentBytes = 0;
        }
        if (current.Count > 0) batches.Add(current);
        return batches;
    }

    private PipelineResult Check(IReadOnlyList<ContentFile> files, IEnumerable<Diagnostic> listProblems, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var cpu0 = Environment.CpuUsage.TotalTime;
        // Nearly all a check allocates lives to its end: collections would only copy it around.
        // Reading git history for drift makes hundreds of MB that do not live on: then only the
        // load is paused for, and the GC frees the history as it goes.
        var perDiskByte = checks.Config.UseGitHistory ? LoadTuning.LoadBytesPerDiskByte : LoadTuning.CheckBytesPerDiskByte;
        using var paused = (tuning ?? LoadTuning.Default).Pause(perDiskByte * ContentLoader.DiskBytes(files));
        var loaded = loader.Read(files, listProblems, cancellationToken);
        var loadedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        var cpu1 = Environment.CpuUsage.TotalTime;
        var site = Pairer.Pair(checks.Config, loaded.Documents);
        var analysis = analyzer.Analyze(site, checks.Reads, cancellationToken: cancellationToken);
        var analysedAt = System.Diagnostics.Stopwatch.GetTimestamp();
        var cpu2 = Environment.CpuUsage.TotalTime;
        var diagnostics = checks.Run(analysis, loaded.Problems, cancellationToken);
        var cpu3 = Environment.CpuUsage.TotalTime;
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var sinceStart = DateTime.Now - System.Diagnostics.Process.GetCurrentProcess().StartTime - System.Diagnostics.Stopwatch.GetElapsedTime(started);
            logger.LogDebug("Load {Load:F0} ms ({LoadCpu:F0} ms CPU), pair and analyze {Analyze:F0} ms ({AnalyzeCpu:F0} ms CPU), check {Check:F0} ms ({CheckCpu:F0} ms CPU); loading began {Since:F0} ms after the process started, {StartCpu:F0} ms CPU in",
                System.Diagnostics.Stopwatch.GetElapsedTime(started, loadedAt).TotalMilliseconds, (cpu1 - cpu0).TotalMilliseconds,
                System.Diagnostics.Stopwatch.GetElapsedTime(loadedAt, analysedAt).TotalMilliseconds, (cpu2 - cpu1).TotalMilliseconds,
                System.Diagnostics.Stopwatch.GetElapsedTime(analysedAt).TotalMilliseconds, (cpu3 - cpu2).TotalMilliseconds,
                sinceStart.TotalMilliseconds, cpu0.TotalMilliseconds);
            logger.LogDebug("JIT compiled {Methods} methods in {Jit:F0} ms (R2R code needs none; generics over our types and tier-1 rejits do)",
                System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds);
            logger.LogDebug("GC: {Gen0} gen0, {Gen1} gen1, {Gen2} gen2 collections, {Pause:F0} ms paused, {Allocated:F0} MB allocated",
                GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration().TotalMilliseconds, GC.GetTotalAllocatedBytes() / 1e6);
        }
        logger.LogInformation("Checked {Documents} documents and {Pairs} pairs in {Elapsed:F0} ms",
            site.Documents.Count, site.Pairs.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new PipelineResult(analysis, diagnostics);
    }
}
