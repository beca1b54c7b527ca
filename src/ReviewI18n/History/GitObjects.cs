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
        if (names.Count == 0) return new Dictionary<string, byte[]>(StringComparer.Ordinal);
        return GitCommand.Run(folder, ["cat-file", "--batch", "--buffer"], output => ReadBatch(output, names), input =>
        {
            using var writer = new StreamWriter(input, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" };
            foreach (var name in names) writer.WriteLine(name);
        }, cancellationToken);
    }

    /// <summary>
    /// Parses <c>cat-file --batch</c> output as it arrives: per name a header line, then for a blob
    /// its bytes (read straight into the blob's own array) and a newline. Output that ends early
    /// gives the blobs read so far (git's exit code then tells what went wrong).
    /// </summary>
    private static Dictionary<string, byte[]> ReadBatch(Stream output, IReadOnlyList<string> names)
    {
        var result = new Dictionary<string, byte[]>(names.Count, StringComparer.Ordinal);
        var buffered = new BufferedStream(output, 64 * 1024); // not disposed: git's output stays open to be drained
        var header = new List<byte>(128);
        try
        {
            foreach (var name in names)
            {
                header.Clear();
                for (var b = buffered.ReadByte(); b != '\n'; b = buffered.ReadByte())
                {
                    if (b < 0) return result;
                    header.Add((byte)b);
                }
                // "<id> blob <size>", or "<name> missing" / "<name> ambiguous" with no content after it.
                var fields = Encoding.UTF8.GetString(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(header)).Split(' ');
                if (fields.Length != 3 || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var size)) continue;
                var content = new byte[size];
                buffered.ReadExactly(content);
                buffered.ReadByte(); // the content is followed by a newline
                if (fields[1] == "blob") result[name] = content;
            }
        }
        catch (EndOfStreamException)
        {
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
