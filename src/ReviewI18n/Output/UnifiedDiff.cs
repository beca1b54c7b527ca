using System.Text;
using DiffPlex;

namespace ReviewI18n.Output;

/// <summary>
/// A unified diff (<c>--- a/path</c>, <c>+++ b/path</c>, <c>@@ -l,n +l,n @@</c> hunks with three
/// lines of context) of two versions of one file, as <c>git diff</c> shows it, so a maintainer
/// reads a dry run the way they read a pull request.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string path, string oldText, string newText)
    {
        if (string.Equals(oldText, newText, StringComparison.Ordinal)) return "";
        var diff = new Differ().CreateLineDiffs(oldText, newText, ignoreWhitespace: false, ignoreCase: false);
        var oldLines = diff.PiecesOld;
        var newLines = diff.PiecesNew;
        // A final line break yields an empty last piece, which is not a line of the file.
        var oldCount = oldText.EndsWith('\n') && oldLines.Length > 0 && oldLines[^1].Length == 0 ? oldLines.Length - 1 : oldLines.Length;
        var newCount = newText.EndsWith('\n') && newLines.Length > 0 && newLines[^1].Length == 0 ? newLines.Length - 1 : newLines.Length;
        var blocks = diff.DiffBlocks;
        if (blocks.Count == 0) return "";
        // A last line without a line break is marked, as git marks it.
        var oldOpen = oldText.Length > 0 && !oldText.EndsWith('\n');
        var newOpen = newText.Length > 0 && !newText.EndsWith('\n');

        var output = new StringBuilder();
        output.Append("--- a/").Append(path).Append('\n');
        output.Append("+++ b/").Append(path).Append('\n');
        var i = 0;
        while (i < blocks.Count)
        {
            // Blocks closer than twice the context share one hunk.
            var last = i;
            while (last + 1 < blocks.Count && blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * Context)
            {
                last++;
            }
            var first = blocks[i];
            var oldStart = Math.Max(first.DeleteStartA - Context, 0);
            var newStart = Math.Max(first.InsertStartB - Context, 0);
            var end = blocks[last];
            var oldEnd = Math.Min(end.DeleteStartA + end.DeleteCountA + Context, Math.Max(oldCount, end.DeleteStartA + end.DeleteCountA));
            var newEnd = Math.Min(end.InsertStartB + end.InsertCountB + Context, Math.Max(newCount, end.InsertStartB + end.InsertCountB));
            output.Append("@@ -").Append(Range(oldStart, oldEnd - oldStart))
                .Append(" +").Append(Range(newStart, newEnd - newStart)).Append(" @@\n");

            var a = oldStart;
            for (var b = i; b <= last; b++)
            {
                var block = blocks[b];
                for (; a < block.DeleteStartA; a++) Line(output, ' ', oldLines[a], a == oldCount - 1 && oldOpen);
                for (var k = 0; k < block.DeleteCountA; k++) Line(output, '-', oldLines[block.DeleteStartA + k], block.DeleteStartA + k == oldCount - 1 && oldOpen);
                for (var k = 0; k < block.InsertCountB; k++) Line(output, '+', newLines[block.InsertStartB + k], block.InsertStartB + k == newCount - 1 && newOpen);
                a = block.DeleteStartA + block.DeleteCountA;
            }
            for (; a < oldEnd; a++) Line(output, ' ', oldLines[a], a == oldCount - 1 && oldOpen);
            i = last + 1;
        }
        return output.ToString();
    }

    /// <summary>git's hunk range: 1-based start, and a start one before the hunk when it is empty.</summary>
    private static string Range(int start, int count) => count switch
    {
        0 => $"{start},0",
        1 => $"{start + 1}",
        _ => $"{start + 1},{count}",
    };

    private static void Line(StringBuilder output, char marker, string line, bool noFinalNewline)
    {
        output.Append(marker).Append(line.TrimEnd('\r')).Append('\n');
        if (noFinalNewline) output.Append("\\ No newline at end of file\n");
    }
}
