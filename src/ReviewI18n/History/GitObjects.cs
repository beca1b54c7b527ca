using System.Globalization;
using System.Text;

namespace ReviewI18n.History;

/// <summary>Objects of a repository read in bulk: one <c>cat-file --batch</c> for many blobs, one <c>ls-tree -r</c> for a tree.</summary>
internal static class GitObjects
{
    /// <summary>
    /// The blobs named (<c>commit:path</c> with the path from the repository root, or a blob id), in
    /// one <c>cat-file --batch</c> call. A name that is missing or not a blob is left out.
    /// </summary>
    public static Dictionary<string, byte[]> Read(string folder, IReadOnlyList<string> names, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, byte[]>(names.Count, StringComparer.Ordinal);
        if (names.Count == 0) return result;
        var output = GitCommand.Run(folder, ["cat-file", "--batch", "--buffer"], input =>
        {
            using var writer = new StreamWriter(input, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" };
            foreach (var name in names) writer.WriteLine(name);
        }, cancellationToken);
        var offset = 0;
        foreach (var name in names)
        {
            var lineEnd = Array.IndexOf(output, (byte)'\n', offset);
            if (lineEnd < 0) break;
            // "<id> blob <size>", or "<name> missing" / "<name> ambiguous" with no content after it.
            var header = Encoding.UTF8.GetString(output, offset, lineEnd - offset).Split(' ');
            offset = lineEnd + 1;
            if (header.Length != 3 || !int.TryParse(header[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size)) continue;
            if (header[1] == "blob") result[name] = output.AsSpan(offset, size).ToArray();
            offset += size + 1; // the content is followed by a newline
        }
        return result;
    }

    /// <summary>The files of a commit under the path specs, from one <c>ls-tree -r</c>: mode, blob id and path from the repository root.</summary>
    public static List<(string Mode, string Id, string Path)> Tree(string folder, string commit, IEnumerable<string> pathspecs, CancellationToken cancellationToken = default)
    {
        var output = Encoding.UTF8.GetString(GitCommand.Run(folder, ["ls-tree", "-r", "-z", "--full-name", commit, "--", .. pathspecs], cancellationToken: cancellationToken));
        var files = new List<(string, string, string)>();
        foreach (var entry in output.Split('\0'))
        {
            // "<mode> blob <id>\t<path>"
            var tab = entry.IndexOf('\t');
            if (tab < 0) continue;
            var fields = entry[..tab].Split(' ');
            if (fields.Length == 3 && fields[1] == "blob") files.Add((fields[0], fields[2], entry[(tab + 1)..]));
        }
        return files;
    }
}
