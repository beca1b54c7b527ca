using Microsoft.Extensions.Logging;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.History;
using ReviewI18n.Drift;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Baselines;

/// <summary>
/// Works out the drift baseline of pairs: the baseline store's entry when it has section hashes,
/// otherwise (when the site is in git and history is on) the source as it was at the last
/// commit that touched the translation. Git is read in bulk once per call: one log pass (reused
/// while HEAD stays), one blob-id pass, and one read of only the sources that differ from that
/// commit. Keeps nothing about pairs in memory: the Analyze stage keeps the result
/// (<see cref="Analysis.PairAnalysis.Baseline"/>), and the drift cache (<see cref="Cache.DriftBaselineCache"/>)
/// keeps it between runs for pairs whose files and history do not change.
/// </summary>
public sealed class DriftBaselineProvider(PipelineConfig config, BaselineSnapshot snapshot, SectionKeyResolver keys, ILogger<DriftBaselineProvider> logger,
    Progress.IStageProgress? progress = null, Cache.DriftBaselineCache? cache = null)
{
    /// <summary>Why git history is not used, when it is not; null when it is used or not wanted.</summary>
    public string? GitNotice { get; private set; }

    /// <summary>
    /// The baseline of each of <paramref name="pairs"/> that has one and whose source changed
    /// since it. <paramref name="sectionsOf"/> gives the drift sections of the site's documents
    /// (the analysis has them); <paramref name="log"/> is a log read before, used again when
    /// HEAD has not moved. Gives back the log it used, for the next call.
    /// </summary>
    public (IReadOnlyDictionary<DocumentPair, DriftBaseline> Baselines, CommitLog? Commits) For(SiteModel site, IReadOnlyCollection<DocumentPair> pairs,
        Func<ReviewDocument, IReadOnlyList<DriftSection>> sectionsOf, CommitLog? log, CancellationToken cancellationToken = default)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = new Dictionary<DocumentPair, DriftBaseline>();
        var baseline = snapshot.Value;
        var withoutEntry = new List<DocumentPair>();
        var storedWithCommit = new List<(DocumentPair Pair, DriftBaseline Baseline)>();
        foreach (var pair in pairs)
        {
            var entry = baseline.Find(Baseline.KeyOf(pair.Collection, pair.Locale, pair.Key));
            if (entry?.SectionHashes is { } hashes)
            {
                var stored = new DriftBaseline(BaselineOrigin.Store, hashes, null, entry.SourceCommit, entry.AcceptedAt, entry.AcceptedBy);
                result[pair] = stored;
                if (stored.Commit is not null && Differs(sectionsOf(pair.Source), hashes)) storedWithCommit.Add((pair, stored));
            }
            else
            {
                withoutEntry.Add(pair);
            }
        }

        if (config.UseGitHistory && (withoutEntry.Count > 0 || storedWithCommit.Count > 0))
        {
            foreach (var (pair, b) in FromGitReusing(site, withoutEntry, sectionsOf, ref log, cancellationToken)) result[pair] = b;
            AddStoredTexts(storedWithCommit, sectionsOf, result, cancellationToken);
        }
        logger.LogDebug("Drift baselines for {Count} of {Pairs} pairs ({Store} from the store) in {Elapsed:F0} ms",
            result.Count, pairs.Count, pairs.Count - withoutEntry.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return (result, log);
    }

    /// <summary>
    /// <see cref="FromGit"/> through the drift cache. An entry holds while the pair's two files have
    /// the contents it was worked out for and their history is the same: for an entry last checked
    /// against the commit checked out, that needs no git at all; for the others, git's log tells
    /// (the commits of both files and the source's blob at HEAD, <see cref="HistoryKey"/>). Git is
    /// read for the other pairs only, and the cache written again with every entry it held.
    /// </summary>
    private IReadOnlyDictionary<DocumentPair, DriftBaseline> FromGitReusing(SiteModel site, List<DocumentPair> pairs,
        Func<ReviewDocument, IReadOnlyList<DriftSection>> sectionsOf, ref CommitLog? log, CancellationToken cancellationToken)
    {
        if (cache is not { Enabled: true } || pairs.Count == 0 || OpenGit(cancellationToken) is not { } git) return FromGit(site, pairs, sectionsOf, ref log, cancellationToken);
        var known = cache.Read();
        var files = pairs.ConvertAll(pair =>
        {
            var (translationId, sourceId) = (Cache.DriftBaselineCache.ContentId(pair.Translation), Cache.DriftBaselineCache.ContentId(pair.Source));
            var entry = known.GetValueOrDefault(pair.Translation.RelativePath);
            var same = entry is not null && entry.SourcePath == pair.Source.RelativePath && entry.TranslationId == translationId && entry.SourceId == sourceId;
            return (Pair: pair, TranslationId: translationId, SourceId: sourceId, Entry: same ? entry : null);
        });
        IReadOnlyDictionary<string, IReadOnlyList<FileCommit>>? history = null;
        IReadOnlyDictionary<string, string>? atHead = null;
        if (files.Any(f => f.Entry is { } e && e.Head != git.Head)) (history, atHead) = (Commits(git, site, ref log, cancellationToken), SourcesAtHead(git, site, cancellationToken));

        var result = new Dictionary<DocumentPair, DriftBaseline>();
        var entries = new Dictionary<string, Cache.DriftBaselineCache.Entry>(known, StringComparer.Ordinal);
        var missed = new List<(DocumentPair Pair, string TranslationId, string SourceId)>();
        foreach (var (pair, translationId, sourceId, entry) in files)
        {
            if (entry is not null && (entry.Head == git.Head || entry.History == HistoryKey(pair, history!, atHead!)))
            {
                entries[pair.Translation.RelativePath] = entry with { Head = git.Head };
                if (entry.Baseline is { } kept) result[pair] = kept;
            }
            else
            {
                missed.Add((pair, translationId, sourceId));
            }
        }
        logger.LogDebug("Drift cache: {Hits} of {Pairs} pairs unchanged since their baselines were worked out", pairs.Count - missed.Count, pairs.Count);
        if (missed.Count == 0 && history is null) return result; // every entry held for this commit already

        if (missed.Count > 0)
        {
            if (history is null) (history, atHead) = (Commits(git, site, ref log, cancellationToken), SourcesAtHead(git, site, cancellationToken));
            foreach (var (pair, b) in FromGit(git, missed.ConvertAll(m => m.Pair), sectionsOf, history, atHead!, cancellationToken)) result[pair] = b;
            foreach (var (pair, translationId, sourceId) in missed)
            {
                entries[pair.Translation.RelativePath] = new(pair.Source.RelativePath, translationId, sourceId, git.Head, HistoryKey(pair, history, atHead!), result.GetValueOrDefault(pair));
            }
        }
        // Entries of pairs not in this call (another batch of the site, or the rest of it for a
        // watch) stay as they were, each with the commit it was last checked against.
        cache.Update(entries);
        return result;
    }

    /// <summary>
    /// What a pair's git baseline depends on in the history: the commits of the translation, those
    /// of the source and the source's blob at HEAD. Equal keys give equal baselines for equal files.
    /// </summary>
    private static string HistoryKey(DocumentPair pair, IReadOnlyDictionary<string, IReadOnlyList<FileCommit>> history, IReadOnlyDictionary<string, string> atHead)
    {
        static string CommitsOf(IReadOnlyDictionary<string, IReadOnlyList<FileCommit>> history, string path) =>
            history.TryGetValue(path, out var commits) ? string.Join(',', commits.Select(c => c.Commit)) : "";
        var text = $"{CommitsOf(history, pair.Translation.RelativePath)}|{CommitsOf(history, pair.Source.RelativePath)}|{atHead.GetValueOrDefault(pair.Source.RelativePath)}";
        return Cache.CacheFiles.Hash(System.Text.Encoding.UTF8.GetBytes(text));
    }

    /// <summary>
    /// The git-derived baseline of every pair that has one, ignoring the store (also for
    /// <c>baseline init --from-git</c>). Per section: each translated section's baseline is the
    /// source as it was at the last commit that changed that section of the translation, so a
    /// typo fix in one translated section does not hide drift in the others. Pairs whose source
    /// is unchanged since every such commit are left out.
    /// </summary>
    public IReadOnlyDictionary<DocumentPair, DriftBaseline> FromGit(SiteModel site, IEnumerable<DocumentPair> pairs,
        Func<ReviewDocument, IReadOnlyList<DriftSection>> sectionsOf, ref CommitLog? log, CancellationToken cancellationToken = default)
    {
        var list = pairs.ToList();
        if (list.Count == 0 || OpenGit(cancellationToken) is not { } git) return new Dictionary<DocumentPair, DriftBaseline>();
        return FromGit(git, list, sectionsOf, Commits(git, site, ref log, cancellationToken), SourcesAtHead(git, site, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The git baselines of <paramref name="pairs"/> from the commits of their files
    /// (<paramref name="history"/>) and the sources' blobs at HEAD (<paramref name="atHead"/>).
    /// </summary>
    private Dictionary<DocumentPair, DriftBaseline> FromGit(GitHistory git, List<DocumentPair> pairs, Func<ReviewDocument, IReadOnlyList<DriftSection>> sectionsOf,
        IReadOnlyDictionary<string, IReadOnlyList<FileCommit>> history, IReadOnlyDictionary<string, string> atHead, CancellationToken cancellationToken)
    {
        var result = new Dictionary<DocumentPair, DriftBaseline>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var plans = new Dictionary<DocumentPair, IReadOnlyList<FileCommit>>();
        foreach (var pair in pairs)
        {
            if (history.TryGetValue(pair.Translation.RelativePath, out var commits)) plans[pair] = commits;
        }

        // A source last committed no later than the translation's first commit, and on disk as HEAD
        // holds it, is the text every translated section was made from: nothing drifted, and the
        // translation's older versions need not be read (most pairs of a site are like this).
        var diskIds = plans.Keys.AsParallel().Select(p => (Pair: p, Id: GitHistory.BlobId(p.Source.Bytes))).ToDictionary(p => p.Pair, p => p.Id);
        foreach (var (pair, commits) in plans.ToList())
        {
            if (!history.TryGetValue(pair.Source.RelativePath, out var sourceCommits) || sourceCommits.Count == 0) continue;
            var (newestSource, firstTranslation) = (sourceCommits[0], commits[^1]);
            var settled = newestSource.Commit == firstTranslation.Commit || newestSource.Time < firstTranslation.Time;
            if (settled && atHead.GetValueOrDefault(pair.Source.RelativePath) == diskIds[pair])
            {
                plans.Remove(pair);
            }
        }

        // Which commit each translated section was last changed in (one read of the older versions).
        var shown = progress ?? Progress.NoProgress.Instance;
        shown.Report("Reading history", 1, 3);
        var sectionCommits = SectionCommits(git, plans, sectionsOf, cancellationToken);
        var walked = clock.Elapsed;
        shown.Report("Reading history", 2, 3);

        // The source versions those commits point at: skip the ones identical to the file on disk.
        var wanted = new HashSet<(string Commit, string Path)>();
        foreach (var (pair, commits) in plans)
        {
            wanted.Add((commits[0].Commit, pair.Source.RelativePath));
            if (sectionCommits.TryGetValue(pair, out var chosen))
            {
                foreach (var c in chosen.Values) wanted.Add((c.Commit, pair.Source.RelativePath));
            }
        }
        var ids = git.BlobIds(wanted, cancellationToken);
        var diskIdByPath = plans.Keys.GroupBy(p => p.Source.RelativePath).ToDictionary(g => g.Key, g => diskIds[g.First()], StringComparer.Ordinal);
        var toRead = wanted.Where(w => ids.GetValueOrDefault(w) is { } id && id != diskIdByPath[w.Path]).ToList();
        var blobs = git.ReadFiles(toRead, cancellationToken);
        var read = clock.Elapsed;

        shown.Complete("Reading history");
        // Each pair is compared on its own: in parallel, since the documents are done by now.
        var planned = plans.ToList();
        var compared = new DriftBaseline?[planned.Count];
        Parallel.For(0, planned.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var (pair, commits) = planned[i];
            compared[i] = Compare(pair, commits, sectionCommits.GetValueOrDefault(pair), ids, diskIds[pair], blobs, sectionsOf);
        });
        for (var i = 0; i < planned.Count; i++)
        {
            if (compared[i] is { } b) result[planned[i].Key] = b;
        }
        logger.LogDebug("Git baselines of {Pairs} pairs: translation versions {Walk:F0} ms, source versions {Read:F0} ms, compared {Compare:F0} ms",
            plans.Count, walked.TotalMilliseconds, (read - walked).TotalMilliseconds, (clock.Elapsed - read).TotalMilliseconds);
        return result;
    }

    /// <summary>
    /// The git baseline of one pair: per section, the source as it was at the commit that last
    /// changed that section of the translation (<paramref name="perSection"/>; the translation's
    /// newest commit when absent). Null when the source did not exist at that commit or nothing
    /// drifted.
    /// </summary>
    private DriftBaseline? Compare(DocumentPair pair, IReadOnlyList<FileCommit> commits, Dictionary<string, FileCommit>? perSection,
        IReadOnlyDictionary<(string Commit, string Path), string?> ids, string diskId, IReadOnlyDictionary<(string Commit, string Path), byte[]?> blobs,
        Func<ReviewDocument, IReadOnlyList<DriftSection>> sectionsOf)
    {
        var latest = commits[0];
        perSection ??= [];
        var current = sectionsOf(pair.Source);
        var sourceAt = new Dictionary<string, IReadOnlyList<DriftSection>?>(StringComparer.Ordinal);
        IReadOnlyList<DriftSection>? SourceAt(string commit)
        {
            if (sourceAt.TryGetValue(commit, out var known)) return known;
            var key = (commit, pair.Source.RelativePath);
            ReviewDocument? old = null;
            if (ids.GetValueOrDefault(key) is not { } id) old = null;
            else if (id == diskId) old = pair.Source;
            else if (blobs.GetValueOrDefault(key) is { } bytes) old = DocumentReader.ReadVersion(bytes, pair.Source);
            return sourceAt[commit] = old is null ? null : DriftSection.Realigned(DriftSection.Of(old, keys), current);
        }

        if (SourceAt(latest.Commit) is not { } atLatest) return null; // the source did not exist then: nothing to compare with
        var then = new List<(DriftSection Section, FileCommit At)>();
        foreach (var key in current.Select(c => c.Key).Concat(atLatest.Select(a => a.Key)).Distinct(StringComparer.Ordinal))
        {
            var at = perSection.GetValueOrDefault(key) ?? latest;
            var sections = SourceAt(at.Commit) ?? atLatest;
            if (sections.FirstOrDefault(s => s.Key == key) is not { } section)
            {
                // Absent from the source back then: a section the source added later (or
                // removed before: then it is in neither version and nothing is reported).
                if (at != latest || atLatest.All(a => a.Key != key)) continue;
                section = atLatest.First(a => a.Key == key);
            }
            then.Add((section, at));
        }
        // Nothing drifted: every section as it is now, and no other. Most pairs are like this, and
        // most of their sections have the same raw text, so this needs neither hashes nor copies.
        var byKey = then.ToDictionary(t => t.Section.Key, t => t.Section, StringComparer.Ordinal);
        if (then.Count == current.Count && current.All(c => byKey.TryGetValue(c.Key, out var was) && was.SameText(c))) return null;

        var hashes = then.ToDictionary(t => t.Section.Key, t => t.Section.Hash, StringComparer.Ordinal);
        var texts = then.ToDictionary(t => t.Section.Key, t => t.Section.Content.ToString(), StringComparer.Ordinal);
        var origins = then.ToDictionary(t => t.Section.Key, t => t.At, StringComparer.Ordinal);
        return new DriftBaseline(BaselineOrigin.Git, hashes, texts, latest.Commit,
            latest.Time.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), latest.Author)
        {
            SectionCommits = origins,
        };
    }

    /// <summary>
    /// For pairs whose translation was committed more than once, the commit that last changed each
    /// translated section (by section key). Reads every older version of those translations in one
    /// batch; a section that never changed maps to the commit that created it.
    /// </summary>
    private Dictionary<DocumentPair, Dictionary<string, FileCommit>> SectionCommits(GitHistory git, Dictionary<DocumentPair, IReadOnlyList<FileCommit>> plans,
        Func<ReviewDocument, IReadOnlyList<DriftSection>> sectionsOf, CancellationToken cancellationToken)
    {
        var result = new Dictionary<DocumentPair, Dictionary<string, FileCommit>>();
        var many = plans.Where(p => p.Value.Count > 1).ToList();
        if (many.Count == 0) return result;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var versions = git.ReadFiles(many.SelectMany(p => p.Value.Select(c => (c.Commit, p.Key.Translation.RelativePath))).ToList(), cancellationToken);
        logger.LogDebug("Read {Versions} versions of {Translations} translations in {Elapsed:F0} ms", versions.Count, many.Count, clock.Elapsed.TotalMilliseconds);

        var chosen = new Dictionary<string, FileCommit>?[many.Count];
        Parallel.For(0, many.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => chosen[i] = LastChanges(many[i].Key.Translation, many[i].Value, versions, sectionsOf));
        for (var i = 0; i < many.Count; i++)
        {
            if (chosen[i] is { } c) result[many[i].Key] = c;
        }
        return result;
    }

    /// <summary>
    /// The commit that last changed each section of translation <paramref name="t"/>, from its
    /// versions at <paramref name="commits"/> (newest first); null when the newest cannot be read.
    /// </summary>
    private Dictionary<string, FileCommit>? LastChanges(ReviewDocument t, IReadOnlyList<FileCommit> commits,
        IReadOnlyDictionary<(string Commit, string Path), byte[]?> versions, Func<ReviewDocument, IReadOnlyList<DriftSection>> sectionsOf)
    {
        var sectionsNow = sectionsOf(t);
        var sectionsAt = commits
            .Select(c => versions.GetValueOrDefault((c.Commit, t.RelativePath)) is { } bytes
                ? DriftSection.Realigned(DriftSection.Of(DocumentReader.ReadVersion(bytes, t), keys), sectionsNow)
                    .GroupBy(d => d.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal)
                : null)
            .ToList();
        if (sectionsAt[0] is not { } newest) return null;
        var chosen = new Dictionary<string, FileCommit>(StringComparer.Ordinal);
        foreach (var (key, section) in newest)
        {
            var i = 0;
            // Walk back while the older version has the same text for this section (compared
            // with the next newer version: equal raw text is the common case and needs no hash).
            while (i + 1 < commits.Count && sectionsAt[i + 1]?.GetValueOrDefault(key) is { } older
                   && (older.Content.SequenceEqual(sectionsAt[i]![key].Content) || older.Hash == section.Hash)) i++;
            chosen[key] = commits[i];
        }
        return chosen;
    }

    /// <summary>Every content file's commits: the log given when HEAD has not moved since it was read, else read now.</summary>
    private IReadOnlyDictionary<string, IReadOnlyList<FileCommit>> Commits(GitHistory git, SiteModel site, ref CommitLog? log, CancellationToken cancellationToken)
    {
        if (log is { } known && known.Head == git.Head) return known.ByPath;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var folders = ContentFolders(site).ToList();
        // A commit's log never changes: the one kept for these folders serves until the next
        // commit, and after new commits on top of it only their part of the log is read.
        var key = $"{config.Root}\n{string.Join('\n', folders)}";
        var kept = cache?.ReadLog(key);
        var newer = kept is null || kept.Commit == git.Head ? null : git.LogSince(kept.Commit, folders, cancellationToken);
        byte[] raw;
        if (kept is not null && (kept.Commit == git.Head || newer is not null))
        {
            raw = newer is null ? kept.Log : [.. newer, .. kept.Log];
            logger.LogDebug("git's log taken from {Path}{Since}", cache!.LogPath, newer is null ? "" : $", with the commits since {kept.Commit}");
        }
        else
        {
            raw = git.Log(folders, cancellationToken);
        }
        if (kept?.Commit != git.Head) cache?.WriteLog(key, git.Head, raw);
        log = new CommitLog(git.Head, git.CommitsByPath(raw));
        logger.LogDebug("git's log of {Files} files read in {Elapsed:F0} ms", log.ByPath.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return log.ByPath;
    }

    /// <summary>The blob id of every source file at HEAD (one <c>ls-tree</c>): a source on disk as HEAD holds it is not edited.</summary>
    private static IReadOnlyDictionary<string, string> SourcesAtHead(GitHistory git, SiteModel site, CancellationToken cancellationToken) =>
        git.BlobIdsAtHead(site.Config.Collections.Select(c => c.PathFor(site.Config.SourceLocale)).Distinct(), cancellationToken);

    /// <summary>For store entries that recorded their source commit, the old texts, so drift can show a diff.</summary>
    private void AddStoredTexts(List<(DocumentPair Pair, DriftBaseline Baseline)> stored, Func<ReviewDocument, IReadOnlyList<DriftSection>> sectionsOf,
        Dictionary<DocumentPair, DriftBaseline> result, CancellationToken cancellationToken)
    {
        if (stored.Count == 0 || OpenGit(cancellationToken) is not { } git) return;
        var blobs = git.ReadFiles(stored.Select(s => (s.Baseline.Commit!, s.Pair.Source.RelativePath)).ToList(), cancellationToken);
        foreach (var (pair, b) in stored)
        {
            if (blobs.GetValueOrDefault((b.Commit!, pair.Source.RelativePath)) is not { } bytes) continue;
            var old = DocumentReader.ReadVersion(bytes, pair.Source);
            result[pair] = b with { Texts = Texts(old, DriftSection.Realigned(DriftSection.Of(old, keys), sectionsOf(pair.Source))) };
        }
    }

    private static bool Differs(IReadOnlyList<DriftSection> current, IReadOnlyDictionary<string, string> hashes) =>
        current.Count != hashes.Count || current.Any(s => hashes.GetValueOrDefault(s.Key) != s.Hash);

    private static Dictionary<string, string> Texts(ReviewDocument document, IReadOnlyList<DriftSection> sections) =>
        sections.ToDictionary(s => s.Key, s => s.Keyed.Section.ContentOf(document.Text).ToString(), StringComparer.Ordinal);

    /// <summary>The folders of every locale: the translations' history, and the sources' to know when each last changed.</summary>
    private IEnumerable<string> ContentFolders(SiteModel site) =>
        site.Config.Collections.SelectMany(c => site.Config.Locales.Select(c.PathFor)).Distinct();

    /// <summary>
    /// The repository as it is now (HEAD read again on each call, so a watch sees new commits),
    /// or null when history cannot be used: that is told once and not tried again.
    /// </summary>
    private GitHistory? OpenGit(CancellationToken cancellationToken)
    {
        if (GitNotice is not null) return null;
        try
        {
            return GitHistory.Open(config.Root, cancellationToken);
        }
        catch (GitUnavailableException ex)
        {
            GitNotice = ex.Message;
            logger.LogWarning("Drift uses the baseline store only: {Reason}", ex.Message);
            return null;
        }
    }

}
