using System.Globalization;
using System.Text;
using ReviewI18n.Checks;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.History;
using ReviewI18n.Pairing;

namespace ReviewI18n.Reports;

/// <summary>
/// Coverage over time: picks commits that touched the content folders, evenly spread over the
/// history, and measures each with today's pipeline.json and glossary, so the same rules measure
/// every point. Nothing is written: each point's files are listed with one <c>git ls-tree</c>, the
/// blobs not seen at an earlier point are read with one <c>cat-file --batch</c>, and a document
/// whose path and blob an earlier point had is that point's document again, with everything
/// already worked out about it (its sections, keys, facts) and its findings: only the documents
/// a point changed, and those paired with them, are checked again (<see cref="CheckRunner.Recheck"/>).
/// The checks run as in a folder without history or baseline store, as every point is measured alike.
/// </summary>
public static class CoverageHistory
{
    /// <summary>Up to <paramref name="points"/> commits, oldest first, always including the first and the newest.</summary>
    public static IReadOnlyList<(string Commit, DateTimeOffset Time)> Commits(PipelineConfig config, int points, CancellationToken cancellationToken = default)
    {
        var log = Encoding.UTF8.GetString(GitCommand.Run(config.Root, ["log", "--format=%H%x09%cI", "--", .. Roots(config)], cancellationToken: cancellationToken));
        var all = log.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('\t'))
            .Select(p => (p[0], DateTimeOffset.Parse(p[1], CultureInfo.InvariantCulture)))
            .Reverse()
            .ToList();
        if (all.Count <= points || points < 2) return points < 2 && all.Count > 0 ? [all[^1]] : all;
        var picked = new List<(string, DateTimeOffset)>(points);
        for (var i = 0; i < points; i++) picked.Add(all[(int)Math.Round((double)i * (all.Count - 1) / (points - 1))]);
        return picked.Distinct().ToList();
    }

    /// <summary>Coverage at each commit, oldest first; <paramref name="measured"/> is told after each point.</summary>
    public static List<HistoryPoint> Measure(PipelineConfig config, Analysis.Analyzer analyzer, CheckRunner checks, CoverageCalculator coverage,
        IReadOnlyList<(string Commit, DateTimeOffset Time)> commits, Action<int, DateTimeOffset>? measured = null, CancellationToken cancellationToken = default)
    {
        var prefix = Encoding.UTF8.GetString(GitCommand.Run(config.Root, ["rev-parse", "--show-prefix"], cancellationToken: cancellationToken)).Trim();
        var folders = config.Collections.SelectMany(c => config.Locales.Select(l => (Collection: c, Locale: l, Folder: c.PathFor(l).TrimEnd('/') + "/"))).ToList();
        var known = new Dictionary<(string Path, string Blob), ReviewDocument>();
        var points = new List<HistoryPoint>(commits.Count);
        Analysis.SiteAnalysis? analysis = null;
        IReadOnlyList<Diagnostics.Diagnostic> findings = [];
        foreach (var (commit, time) in commits)
        {
            var files = Files(config, commit, prefix, folders, cancellationToken);
            var missing = files.Where(f => !known.ContainsKey((f.Path, f.Blob))).Select(f => f.Blob).Distinct().ToList();
            var blobs = GitObjects.Read(config.Root, missing, cancellationToken);
            var documents = new List<ReviewDocument>(files.Count);
            var current = new Dictionary<(string, string), ReviewDocument>(files.Count);
            foreach (var f in files)
            {
                if (!known.TryGetValue((f.Path, f.Blob), out var document))
                {
                    if (!blobs.TryGetValue(f.Blob, out var bytes) || bytes.Length > ContentLoader.MaxFileBytes) continue;
                    document = DocumentReader.Read(bytes, Path.Combine(config.Root, f.Path), f.Path, f.Collection, f.Locale);
                }
                current[(f.Path, f.Blob)] = document;
                documents.Add(document);
            }
            // The files added, edited or removed since the previous point.
            var changed = current.Keys.Where(k => !known.ContainsKey(k)).Concat(known.Keys.Where(k => !current.ContainsKey(k)))
                .Select(k => k.Item1).ToHashSet(StringComparer.Ordinal);
            // Keep what this point has: the points go forward in time, and most files carry on.
            known.Clear();
            foreach (var (key, document) in current) known[key] = document;
            var site = Pairer.Pair(config, documents);
            // The previous point's analysis lends the documents and pairs this one has unchanged,
            // and its findings stand for them: only what the changes touched is checked again.
            var previous = analysis;
            analysis = analyzer.Analyze(site, checks.Reads, previous, cancellationToken);
            findings = previous is null ? checks.Run(analysis, null, cancellationToken) : checks.Recheck(analysis, previous.Site, findings, changed, null, cancellationToken);
            points.Add(new HistoryPoint(commit, time, coverage.Compute(new PipelineResult(analysis, findings))));
            measured?.Invoke(points.Count, time);
        }
        return points;
    }

    /// <summary>The content files at a commit, from one <c>git ls-tree -r</c>: Markdown files (no links) under a collection folder of a locale.</summary>
    private static List<(string Path, string Blob, CollectionConfig Collection, string Locale)> Files(PipelineConfig config, string commit, string prefix,
        List<(CollectionConfig Collection, string Locale, string Folder)> folders, CancellationToken cancellationToken)
    {
        var files = new List<(string, string, CollectionConfig, string)>();
        foreach (var (mode, id, repoPath) in GitObjects.Tree(config.Root, commit, Roots(config), cancellationToken))
        {
            if (mode is not ("100644" or "100755")) continue; // links and submodules are not reviews
            if (!repoPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || !repoPath.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var path = repoPath[prefix.Length..];
            foreach (var (collection, locale, folder) in folders)
            {
                if (!path.StartsWith(folder, StringComparison.Ordinal)) continue;
                files.Add((path, id, collection, locale));
                break;
            }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        return files;
    }

    private static IEnumerable<string> Roots(PipelineConfig config) =>
        config.Collections.SelectMany(c => config.Locales.Select(c.PathFor)).Distinct(StringComparer.Ordinal);
}
