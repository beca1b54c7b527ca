using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.History;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Drift;

/// <summary>
/// Gives each pair its drift baseline: the baseline store's entry when it has section hashes,
/// otherwise (when the site is in git and history is on) the source as it was at the last
/// commit that touched the translation. Git is read in bulk once per site: one log pass, one
/// blob-id pass, and one read of only the sources that differ from that commit.
/// </summary>
public sealed class DriftBaselineProvider(PipelineConfig config, BaselineSnapshot snapshot, SectionKeyResolver keys, ILogger<DriftBaselineProvider> logger)
{
    private readonly ConditionalWeakTable<SiteModel, Lazy<IReadOnlyDictionary<DocumentPair, DriftBaseline>>> _prepared = new();

    /// <summary>Why git history is not used, when it is not; null when it is used or not wanted.</summary>
    public string? GitNotice { get; private set; }

    /// <summary>The pair's baseline; null when none is known or the source is unchanged since it.</summary>
    public DriftBaseline? For(DocumentPair pair, SiteModel site) =>
        _prepared.GetValue(site, s => new Lazy<IReadOnlyDictionary<DocumentPair, DriftBaseline>>(() => Prepare(s))).Value.GetValueOrDefault(pair);

    /// <summary>The git-derived baseline of every pair that has one, ignoring the store (for <c>baseline init --from-git</c>).</summary>
    public IReadOnlyDictionary<DocumentPair, DriftBaseline> FromGit(SiteModel site, IEnumerable<DocumentPair> pairs, out IReadOnlySet<DocumentPair> unchanged)
    {
        var result = new Dictionary<DocumentPair, DriftBaseline>();
        var same = new HashSet<DocumentPair>();
        unchanged = same;
        if (OpenGit() is not { } git) return result;
        var last = git.LastCommits(TranslationFolders(site));
        var wanted = new Dictionary<DocumentPair, (string Commit, string Path, FileCommit At)>();
        foreach (var pair in pairs)
        {
            if (last.TryGetValue(pair.Translation.RelativePath, out var at)) wanted[pair] = (at.Commit, pair.Source.RelativePath, at);
        }
        var ids = git.BlobIds(wanted.Values.Select(w => (w.Commit, w.Path)).ToList());
        var toRead = new List<DocumentPair>();
        foreach (var (pair, w) in wanted)
        {
            if (ids.GetValueOrDefault((w.Commit, w.Path)) is not { } id) continue; // the source did not exist then
            if (id == GitHistory.BlobId(pair.Source.Bytes)) same.Add(pair);
            else toRead.Add(pair);
        }
        var blobs = git.ReadFiles(toRead.Select(p => (wanted[p].Commit, wanted[p].Path)).ToList());
        foreach (var pair in toRead)
        {
            var w = wanted[pair];
            if (blobs.GetValueOrDefault((w.Commit, w.Path)) is not { } bytes) continue;
            var old = DocumentReader.Read(bytes, pair.Source.FullPath, pair.Source.RelativePath, pair.Source.Collection, pair.Source.Locale);
            var sections = DriftSection.Of(old, keys);
            result[pair] = new DriftBaseline(BaselineOrigin.Git, DriftSection.Hashes(sections), Texts(old, sections),
                w.Commit, w.At.Time.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), w.At.Author);
        }
        return result;
    }

    private IReadOnlyDictionary<DocumentPair, DriftBaseline> Prepare(SiteModel site)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = new Dictionary<DocumentPair, DriftBaseline>();
        var baseline = snapshot.Value;
        var withoutEntry = new List<DocumentPair>();
        var storedWithCommit = new List<(DocumentPair Pair, DriftBaseline Baseline)>();
        foreach (var pair in site.Pairs)
        {
            var entry = baseline.Find(Baseline.KeyOf(pair.Collection, pair.Locale, pair.Key));
            if (entry?.SectionHashes is { } hashes)
            {
                var stored = new DriftBaseline(BaselineOrigin.Store, hashes, null, entry.SourceCommit, entry.AcceptedAt, entry.AcceptedBy);
                result[pair] = stored;
                if (stored.Commit is not null && Differs(pair.Source, hashes)) storedWithCommit.Add((pair, stored));
            }
            else
            {
                withoutEntry.Add(pair);
            }
        }

        if (config.UseGitHistory && (withoutEntry.Count > 0 || storedWithCommit.Count > 0))
        {
            foreach (var (pair, b) in FromGit(site, withoutEntry, out _)) result[pair] = b;
            AddStoredTexts(storedWithCommit, result);
        }
        logger.LogDebug("Drift baselines for {Count} pairs ({Store} from the store) in {Elapsed:F0} ms",
            result.Count, site.Pairs.Count - withoutEntry.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return result;
    }

    /// <summary>For store entries that recorded their source commit, the old texts, so drift can show a diff.</summary>
    private void AddStoredTexts(List<(DocumentPair Pair, DriftBaseline Baseline)> stored, Dictionary<DocumentPair, DriftBaseline> result)
    {
        if (stored.Count == 0 || OpenGit() is not { } git) return;
        var blobs = git.ReadFiles(stored.Select(s => (s.Baseline.Commit!, s.Pair.Source.RelativePath)).ToList());
        foreach (var (pair, b) in stored)
        {
            if (blobs.GetValueOrDefault((b.Commit!, pair.Source.RelativePath)) is not { } bytes) continue;
            var old = DocumentReader.Read(bytes, pair.Source.FullPath, pair.Source.RelativePath, pair.Source.Collection, pair.Source.Locale);
            result[pair] = b with { Texts = Texts(old, DriftSection.Of(old, keys)) };
        }
    }

    private bool Differs(ReviewDocument source, IReadOnlyDictionary<string, string> hashes)
    {
        var current = DriftSection.Of(source, keys);
        return current.Count != hashes.Count || current.Any(s => hashes.GetValueOrDefault(s.Key) != s.Hash);
    }

    private static Dictionary<string, string> Texts(ReviewDocument document, IReadOnlyList<DriftSection> sections) =>
        sections.ToDictionary(s => s.Key, s => s.Keyed.Section.ContentOf(document.Text).ToString(), StringComparer.Ordinal);

    private IEnumerable<string> TranslationFolders(SiteModel site) =>
        site.Config.Collections.SelectMany(c => site.Config.TargetLocales.Select(c.PathFor)).Distinct();

    private GitHistory? _git;
    private bool _gitTried;
    private readonly object _gitGate = new();

    private GitHistory? OpenGit()
    {
        lock (_gitGate)
        {
            if (_gitTried) return _git;
            _gitTried = true;
            try
            {
                _git = GitHistory.Open(config.Root);
            }
            catch (GitUnavailableException ex)
            {
                GitNotice = ex.Message;
                logger.LogWarning("Drift uses the baseline store only: {Reason}", ex.Message);
            }
            return _git;
        }
    }
}
