using System.Formats.Tar;
using System.Globalization;
using System.Text;
using ReviewI18n.Configuration;
using ReviewI18n.History;
using ReviewI18n.Baselines;

namespace ReviewI18n.Reports;

/// <summary>
/// Coverage over time: picks commits that touched the content folders, evenly spread over the
/// history, and writes each commit's content folders into a scratch folder (one <c>git archive</c>
/// per commit, never a process per document) with today's pipeline.json and glossary, so the same
/// rules measure every point.
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

    /// <summary>
    /// Writes the content of <paramref name="commit"/> into <paramref name="scratch"/>, plus the current
    /// pipeline.json and glossary; returns the path of the snapshot's pipeline.json.
    /// </summary>
    public static string Materialize(PipelineConfig config, string commit, string scratch, CancellationToken cancellationToken = default)
    {
        var prefix = Encoding.UTF8.GetString(GitCommand.Run(config.Root, ["rev-parse", "--show-prefix"], cancellationToken: cancellationToken)).Trim();
        var existing = Encoding.UTF8.GetString(GitCommand.Run(config.Root, ["ls-tree", "--name-only", commit, "--", .. Roots(config)], cancellationToken: cancellationToken))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Directory.CreateDirectory(scratch);
        if (existing.Length > 0)
        {
            var tar = GitCommand.Run(config.Root, ["archive", "--format=tar", commit, "--", .. existing], cancellationToken: cancellationToken);
            TarFile.ExtractToDirectory(new MemoryStream(tar), scratch, overwriteFiles: true);
        }
        var root = Path.Combine(scratch, prefix);
        Directory.CreateDirectory(root);
        var configCopy = Path.Combine(root, Path.GetFileName(config.ConfigPath));
        File.Copy(config.ConfigPath, configCopy, overwrite: true);
        var glossary = Path.GetRelativePath(config.Root, config.GlossaryPath);
        if (Directory.Exists(config.GlossaryPath) && !glossary.StartsWith("..", StringComparison.Ordinal)) CopyFolder(config.GlossaryPath, Path.Combine(root, glossary));
        return configCopy;
    }

    private static IEnumerable<string> Roots(PipelineConfig config) =>
        config.Collections.SelectMany(c => config.Locales.Select(c.PathFor)).Distinct(StringComparer.Ordinal);

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
