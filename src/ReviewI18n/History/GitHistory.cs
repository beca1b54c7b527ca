using System.Text;

namespace ReviewI18n.History;

/// <summary>The newest commit that touched a file.</summary>
public sealed record FileCommit(string Commit, DateTimeOffset Time, string Author);

/// <summary>The commits of every content file, newest first, as HEAD's log gives them (one <c>git log</c>).</summary>
public sealed record CommitLog(string Head, IReadOnlyDictionary<string, IReadOnlyList<FileCommit>> ByPath);

/// <summary>
/// What git knows about the site's content: for each file the last commit that touched it
/// (one <c>git log --name-only</c> pass) and file contents at given commits (one
/// <c>git cat-file --batch</c> pass). Paths are relative to the site root with '/' separators.
/// </summary>
public sealed class GitHistory
{
    private readonly string _root;
    private readonly string _prefix;

    private GitHistory(string root, string prefix, string head)
    {
        _root = root;
        _prefix = prefix;
        Head = head;
    }

    /// <summary>The commit checked out.</summary>
    public string Head { get; }

    /// <summary>
    /// Opens the repository that holds <paramref name="siteRoot"/>. Throws
    /// <see cref="GitUnavailableException"/> with a sentence for the user when history cannot be used.
    /// </summary>
    public static GitHistory Open(string siteRoot, CancellationToken cancellationToken = default)
    {
        var lines = Encoding.UTF8.GetString(GitCommand.Run(siteRoot,
            ["rev-parse", "--is-inside-work-tree", "--is-shallow-repository", "--show-prefix", "HEAD"], cancellationToken: cancellationToken))
            .Split('\n');
        if (lines.Length < 4 || lines[0] != "true") throw new GitUnavailableException($"{siteRoot} is not inside a git work tree");
        if (lines[1] == "true") throw new GitUnavailableException("the repository is a shallow clone, so the history is incomplete (run 'git fetch --unshallow')");
        return new GitHistory(siteRoot, lines[2], lines[3].Trim());
    }

    /// <summary>
    /// For every file under the given folders, every commit that touched it, newest first, from
    /// one <c>git log --name-only</c> pass.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FileCommit>> CommitsByPath(IEnumerable<string> folders, CancellationToken cancellationToken = default) =>
        CommitsByPath(Log(folders, cancellationToken));

    /// <summary>
    /// git's log of the given folders at <see cref="Head"/> as git prints it (for
    /// <see cref="CommitsByPath(byte[])"/>): a function of that commit and the folders alone, since
    /// a commit's history never changes.
    /// </summary>
    public byte[] Log(IEnumerable<string> folders, CancellationToken cancellationToken = default) =>
        // The commit read when the repository was opened, not HEAD by name: a checkout meanwhile must not mix two histories.
        LogOf(Head, folders, cancellationToken);

    /// <summary>
    /// The part of <see cref="Log"/> that <paramref name="older"/>'s log lacks, when HEAD descends
    /// from <paramref name="older"/> through commits that each have one parent (new commits, a pull
    /// that fast-forwards without merges): then git's walk from HEAD goes down that chain one commit
    /// at a time and, from <paramref name="older"/> on, is its walk, so this log followed by
    /// <paramref name="older"/>'s is HEAD's log byte for byte. Null otherwise (a merge, a rebase, a
    /// reset, a commit git no longer has): the whole log must be read.
    /// </summary>
    public byte[]? LogSince(string older, IEnumerable<string> folders, CancellationToken cancellationToken = default)
    {
        if (older == Head || !IsObjectName(older)) return null;
        string[] chain;
        try
        {
            chain = Encoding.UTF8.GetString(GitCommand.Run(_root, ["rev-list", "--parents", $"{older}..{Head}", "--"], cancellationToken: cancellationToken))
                .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (GitUnavailableException)
        {
            return null; // an object this repository does not have (any more); a tree or blob id gets past git but not the chain below
        }
        // Newest first, each commit with its one parent, which is the next line's commit; the last one's parent is the older commit.
        var expected = Head;
        foreach (var line in chain)
        {
            if (line.Split(' ') is not [var commit, var parent] || commit != expected) return null;
            expected = parent;
        }
        return chain.Length > 0 && expected == older ? LogOf($"{older}..{Head}", folders, cancellationToken) : null;
    }

    private byte[] LogOf(string revisions, IEnumerable<string> folders, CancellationToken cancellationToken)
    {
        var args = new List<string> { "log", "--format=%x01%H %ct %an", "--encoding=UTF-8", "--name-only", "-z", "--no-renames", revisions, "--" };
        args.AddRange(folders.Select(f => f.Length == 0 ? "." : f));
        return GitCommand.Run(_root, args, cancellationToken: cancellationToken);
    }

    /// <summary>A full hexadecimal object name (SHA-1 or SHA-256), not an option or a revision expression.</summary>
    private static bool IsObjectName(string name) => name.Length is 40 or 64 && name.All(char.IsAsciiHexDigitLower);

    /// <summary>Every file's commits, newest first, from a log <see cref="Log"/> read.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FileCommit>> CommitsByPath(byte[] log)
    {
        var raw = Encoding.UTF8.GetString(log);
        var result = new Dictionary<string, List<FileCommit>>(StringComparer.Ordinal);
        foreach (var record in raw.Split('\u0001', StringSplitOptions.RemoveEmptyEntries))
        {
            var headerEnd = record.IndexOf('\0');
            if (headerEnd < 0) continue;
            var header = record[..headerEnd].Split(' ', 3);
            if (header.Length < 2 || !long.TryParse(header[1], out var seconds)) continue;
            var commit = new FileCommit(header[0], DateTimeOffset.FromUnixTimeSeconds(seconds), header.Length > 2 ? header[2] : "");
            foreach (var path in record[(headerEnd + 1)..].Split('\0'))
            {
                var trimmed = path.Trim('\n');
                if (trimmed.Length == 0) continue;
                var key = ToSiteRelative(trimmed);
                if (!result.TryGetValue(key, out var list)) result[key] = list = [];
                list.Add(commit); // the log is newest first
            }
        }
        return result.ToDictionary(p => p.Key, p => (IReadOnlyList<FileCommit>)p.Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// The contents of files at commits, in one <c>cat-file --batch</c> call. A file that did not
    /// exist at its commit maps to null.
    /// </summary>
    public IReadOnlyDictionary<(string Commit, string Path), byte[]?> ReadFiles(IReadOnlyCollection<(string Commit, string Path)> wanted, CancellationToken cancellationToken = default)
    {
        var ordered = wanted.Distinct().ToList();
        var blobs = GitObjects.Read(_root, ordered.ConvertAll(w => $"{w.Commit}:{_prefix}{w.Path}"), cancellationToken);
        var result = new Dictionary<(string, string), byte[]?>(ordered.Count);
        foreach (var w in ordered) result[w] = blobs.GetValueOrDefault($"{w.Commit}:{_prefix}{w.Path}");
        return result;
    }

    /// <summary>
    /// The blob ids of files at commits, in one <c>cat-file --batch-check</c> call (no contents
    /// are read). Compared with <see cref="BlobId"/> of a file on disk, this tells which files
    /// are unchanged without reading them. A file absent at its commit maps to null.
    /// </summary>
    public IReadOnlyDictionary<(string Commit, string Path), string?> BlobIds(IReadOnlyCollection<(string Commit, string Path)> wanted, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<(string, string), string?>(wanted.Count);
        if (wanted.Count == 0) return result;
        var ordered = wanted.Distinct().ToList();
        var output = Encoding.UTF8.GetString(GitCommand.Run(_root, ["cat-file", "--batch-check", "--buffer"], input => WriteRevisions(input, ordered), cancellationToken)).Split('\n');
        for (var i = 0; i < ordered.Count && i < output.Length; i++)
        {
            var parts = output[i].Split(' ');
            result[ordered[i]] = parts.Length == 3 && parts[1] == "blob" ? parts[0] : null;
        }
        return result;
    }

    /// <summary>
    /// The blob id of every file under the folders at HEAD, by site-relative path, from one
    /// <c>git ls-tree -r</c> (a lookup per file through <c>cat-file --batch-check</c> walks the
    /// trees again for each: 350 ms for the real site's 3,806 English files, against 4 ms).
    /// </summary>
    public IReadOnlyDictionary<string, string> BlobIdsAtHead(IEnumerable<string> folders, CancellationToken cancellationToken = default) =>
        GitObjects.Tree(_root, Head, folders.Select(f => f.TrimEnd('/')), cancellationToken)
            .ToDictionary(f => ToSiteRelative(f.Path), f => f.Id, StringComparer.Ordinal);

    /// <summary>The id git gives these bytes as a blob (SHA-1 of <c>blob {length}\0</c> and the bytes).</summary>
    public static string BlobId(ReadOnlySpan<byte> bytes)
    {
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA1);
        sha.AppendData(Encoding.ASCII.GetBytes($"blob {bytes.Length}\0"));
        sha.AppendData(bytes);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>git's <c>user.name</c> for the repository holding <paramref name="folder"/>, or null.</summary>
    public static string? UserName(string folder)
    {
        try
        {
            var name = Encoding.UTF8.GetString(GitCommand.Run(folder, ["config", "user.name"])).Trim();
            return name.Length > 0 ? name : null;
        }
        catch (GitUnavailableException)
        {
            return null;
        }
    }

    /// <summary>One <c>commit:path</c> line per wanted file, the input of <c>cat-file</c>.</summary>
    private void WriteRevisions(Stream input, IEnumerable<(string Commit, string Path)> wanted)
    {
        using var writer = new StreamWriter(input, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" };
        foreach (var (commit, path) in wanted) writer.WriteLine($"{commit}:{_prefix}{path}");
    }

    private string ToSiteRelative(string repoPath) =>
        _prefix.Length > 0 && repoPath.StartsWith(_prefix, StringComparison.Ordinal) ? repoPath[_prefix.Length..] : repoPath;
}
