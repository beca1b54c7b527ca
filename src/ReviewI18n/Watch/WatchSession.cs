using ReviewI18n.Analysis;
using ReviewI18n.Checks;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Pairing;

namespace ReviewI18n.Watch;

/// <summary>How the open findings of one review in one locale moved after a change.</summary>
public sealed record PendingChange(string Locale, string Ref, IReadOnlyDictionary<string, (int Before, int After)> ByRule)
{
    /// <summary>"ja/sony-mdr-z7m2: 2 stale sections -> 0, mojibake 0 -> 1".</summary>
    public override string ToString() =>
        $"{Locale}/{Ref}: " + string.Join(", ", ByRule.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value.Before} -> {p.Value.After}"));
}

/// <summary>
/// The model a watch keeps in memory: every document, the pairing and the findings. A change to
/// some files re-reads only those, re-pairs (cheap), and re-runs document checks on the changed
/// documents and their partners and pair checks on the pairs that involve them (the analysis of
/// everything else is lent by the previous one); whole-site
/// checks run again. Returns how the pending counts per review and locale moved.
/// </summary>
public sealed class WatchSession
{
    private readonly PipelineConfig _config;
    private readonly Analyzer _analyzer;
    private readonly CheckRunner _checks;
    private readonly ContentLoader _loader;
    private readonly Dictionary<string, ReviewDocument> _documents = new(StringComparer.Ordinal);
    private List<Diagnostic> _findings = [];
    private SiteAnalysis _analysis = null!;

    public WatchSession(PipelineConfig config, Analyzer analyzer, CheckRunner checks, ContentLoader loader)
    {
        _config = config;
        _analyzer = analyzer;
        _checks = checks;
        _loader = loader;
    }

    public SiteModel Site => _analysis.Site;

    public IReadOnlyList<Diagnostic> Findings => _findings;

    /// <summary>Where the time of the last <see cref="Apply"/> went, for <c>--verbose</c>.</summary>
    public string LastTimings { get; private set; } = "";

    /// <summary>Loads and checks everything once.</summary>
    public void Start(CancellationToken cancellationToken = default)
    {
        var loaded = _loader.Load(cancellationToken);
        foreach (var doc in loaded.Documents) _documents[doc.FullPath] = doc;
        _analysis = _analyzer.Analyze(Pairer.Pair(_config, [.. _documents.Values]), _checks.Reads, cancellationToken: cancellationToken);
        _findings = [.. _checks.Run(_analysis, loaded.Problems, cancellationToken)];
    }

    /// <summary>
    /// Applies changed paths (created, changed, deleted or renamed files; other paths are ignored).
    /// <paramref name="read"/> reads a file's bytes, retrying transient errors; null means the file is gone.
    /// </summary>
    public IReadOnlyList<PendingChange> Apply(IEnumerable<string> changedPaths, Func<string, byte[]?> read, CancellationToken cancellationToken = default)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<Diagnostic>();
        foreach (var path in changedPaths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            var wasKnown = _documents.Remove(path, out var old);
            var file = _loader.Describe(path);
            byte[]? bytes = null;
            if (file is not null)
            {
                try
                {
                    bytes = read(path);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Unreadable now (a dangling link, permissions): said as loading the site says it.
                    problems.Add(Diagnostics.Findings.Content.FileUnreadable(file, ex));
                }
            }
            if (file is not null && bytes is not null)
            {
                _documents[path] = DocumentReader.Read(bytes, file.FullPath, file.RelativePath, file.Collection, file.Locale);
                changed.Add(_config.Relative(path));
            }
            else if (wasKnown || file is not null)
            {
                // Gone, or never a document (unreadable when the watch started): what was said of it goes.
                changed.Add(old?.RelativePath ?? _config.Relative(path));
            }
        }
        if (changed.Count == 0) return [];

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var before = _findings;
        var previous = Site;
        // Only the changed documents and the pairs they are in are analysed again.
        _analysis = _analyzer.Analyze(Pairer.Pair(_config, [.. _documents.Values]), _checks.Reads, _analysis, cancellationToken);
        var paired = clock.Elapsed;
        _findings = _checks.Recheck(_analysis, previous, before, changed, problems, cancellationToken);
        var checkedAt = clock.Elapsed;
        var changes = Compare(before, _findings);
        LastTimings = $"pairing and analysis {paired.TotalMilliseconds:F0} ms, checks {(checkedAt - paired).TotalMilliseconds:F0} ms, comparing {(clock.Elapsed - checkedAt).TotalMilliseconds:F0} ms";
        return changes;
    }

    private static IReadOnlyList<PendingChange> Compare(IReadOnlyList<Diagnostic> before, IReadOnlyList<Diagnostic> after)
    {
        static Dictionary<(string, string), Dictionary<string, int>> Count(IEnumerable<Diagnostic> findings)
        {
            var counts = new Dictionary<(string, string), Dictionary<string, int>>();
            foreach (var d in findings)
            {
                var key = (d.Locale ?? "", d.Ref ?? d.File);
                if (!counts.TryGetValue(key, out var rules)) counts[key] = rules = new Dictionary<string, int>(StringComparer.Ordinal);
                rules[d.Rule.Name] = rules.GetValueOrDefault(d.Rule.Name) + 1;
            }
            return counts;
        }
        var a = Count(before);
        var b = Count(after);
        var changes = new List<PendingChange>();
        foreach (var key in a.Keys.Union(b.Keys).OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2, StringComparer.Ordinal))
        {
            var x = a.GetValueOrDefault(key) ?? [];
            var y = b.GetValueOrDefault(key) ?? [];
            var moved = x.Keys.Union(y.Keys)
                .Where(r => x.GetValueOrDefault(r) != y.GetValueOrDefault(r))
                .ToDictionary(r => r, r => (x.GetValueOrDefault(r), y.GetValueOrDefault(r)), StringComparer.Ordinal);
            if (moved.Count > 0) changes.Add(new PendingChange(key.Item1, key.Item2, moved));
        }
        return changes;
    }
}
