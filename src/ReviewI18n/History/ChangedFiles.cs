using System.Text;
using ReviewI18n.Configuration;

namespace ReviewI18n.History;

/// <summary>
/// The files of a site that differ between a git revision and the working tree, from two bulk
/// calls (<c>git diff --name-status -M</c> and <c>git ls-files --others</c>), with paths relative
/// to the site root. Renames are followed (<see cref="RenamedFrom"/>); a deleted file keeps the
/// bytes it had at the revision (one <c>cat-file --batch</c>), so what pointed at it can be found.
/// </summary>
public sealed class ChangedFiles
{
    /// <summary>Files added, modified or renamed (by their new path), untracked ones included.</summary>
    public required IReadOnlySet<string> Changed { get; init; }

    public required IReadOnlySet<string> Added { get; init; }

    /// <summary>New path to old path, for renamed files.</summary>
    public required IReadOnlyDictionary<string, string> RenamedFrom { get; init; }

    /// <summary>Deleted files by their old path, with their bytes at the revision.</summary>
    public required IReadOnlyDictionary<string, byte[]> Deleted { get; init; }

    /// <summary>Changed files that existed at the revision, by their current path, with their bytes then.</summary>
    public required IReadOnlyDictionary<string, byte[]> Before { get; init; }

    /// <summary>The site's folder within the repository ("" at its root, else ending in '/').</summary>
    public string RepositoryPrefix { get; init; } = "";

    /// <summary>The revision compared with, as given.</summary>
    public required string Revision { get; init; }

    /// <summary>
    /// The files changed since <paramref name="revision"/>. An unknown revision, or one a shallow
    /// clone lacks, is a <see cref="ConfigurationException"/> that says what to do (exit 2).
    /// </summary>
    public static ChangedFiles Since(string siteRoot, string revision, CancellationToken cancellationToken = default)
    {
        string[] state;
        try
        {
            state = Encoding.UTF8.GetString(GitCommand.Run(siteRoot, ["rev-parse", "--is-inside-work-tree", "--is-shallow-repository", "--show-prefix"], cancellationToken: cancellationToken)).Split('\n');
        }
        catch (GitUnavailableException ex)
        {
            throw new ConfigurationException("--changed-since", $"the site is not in a git work tree, so there is nothing to compare with ({ex.Message})");
        }
        var shallow = state.Length > 1 && state[1] == "true";
        string commit;
        try
        {
            commit = Encoding.UTF8.GetString(GitCommand.Run(siteRoot, ["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], cancellationToken: cancellationToken)).Trim();
        }
        catch (GitUnavailableException)
        {
            throw new ConfigurationException("--changed-since", shallow
                ? $"'{revision}' is not in this shallow clone; fetch it first (git fetch --no-tags --depth=1 origin {revision}, or check out with fetch-depth: 0)"
                : $"'{revision}' is not a commit, branch or tag of this repository");
        }

        var (changed, added, renamed, deletedPaths) = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), new Dictionary<string, string>(StringComparer.Ordinal), new List<string>());
        var fields = Encoding.UTF8.GetString(GitCommand.Run(siteRoot, ["diff", "--relative", "--name-status", "-z", "-M", commit, "--", "."], cancellationToken: cancellationToken)).Split('\0');
        for (var i = 0; i + 1 < fields.Length;)
        {
            var status = fields[i];
            if (status.Length == 0) { i++; continue; }
            if (status[0] is 'R' or 'C' && i + 2 < fields.Length)
            {
                var (from, to) = (fields[i + 1], fields[i + 2]);
                changed.Add(to);
                if (status[0] == 'R') renamed[to] = from;
                else added.Add(to);
                i += 3;
                continue;
            }
            var path = fields[i + 1];
            if (status[0] == 'D') deletedPaths.Add(path);
            else changed.Add(path);
            if (status[0] == 'A') added.Add(path);
            i += 2;
        }
        foreach (var path in Encoding.UTF8.GetString(GitCommand.Run(siteRoot, ["ls-files", "--others", "--exclude-standard", "-z"], cancellationToken: cancellationToken)).Split('\0'))
        {
            if (path.Length == 0) continue;
            changed.Add(path);
            added.Add(path);
        }
        var prefix = state.Length > 2 ? state[2] : "";
        var modified = changed.Where(p => !added.Contains(p)).ToList();
        // The old bytes of modified and deleted files, in one read.
        string At(string path) => $"{commit}:{prefix}{path}";
        var old = GitObjects.Read(siteRoot, [.. modified.Select(p => At(renamed.GetValueOrDefault(p, p))), .. deletedPaths.Select(At)], cancellationToken);
        return new ChangedFiles
        {
            Changed = changed,
            Added = added,
            RenamedFrom = renamed,
            Deleted = deletedPaths.Where(p => old.ContainsKey(At(p))).ToDictionary(p => p, p => old[At(p)], StringComparer.Ordinal),
            Before = modified.Where(p => old.ContainsKey(At(renamed.GetValueOrDefault(p, p)))).ToDictionary(p => p, p => old[At(renamed.GetValueOrDefault(p, p))], StringComparer.Ordinal),
            Revision = revision,
            RepositoryPrefix = prefix,
        };
    }
}
