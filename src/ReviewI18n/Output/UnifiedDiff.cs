using System.Text;
using DiffPlex;

namespace ReviewI18n.Output;

/// <summary>
/// A standard unified diff (<c>--- a/path</c>, <c>+++ b/path</c>, <c>@@ -l,n +l,n @@</c>, three
/// lines of context) of two versions of a file, as <c>sync</c> and <c>fix-encoding</c> print for
/// a dry run. Lines keep their own endings, so a change of line ending shows as a changed line.
/// </summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    /// <summary>The diff, or an empty string when the texts are equal.</summary>
    public static string Create(string path, string oldText, string newText)
    {
        if (string.Equals(oldText, newText, StringComparison.Ordinal)) return "";
        var result = new Differ().CreateCustomDiffs(oldText, newText, false, SplitKeepingEndings);
        var a = result.PiecesOld;
        var b = result.PiecesNew;
        var blocks = result.DiffBlocks;
        var output = new StringBuilder();
        output.Append("--- a/").Append(path).Append('\n').Append("+++ b/").Append(path).Append('\n');
        var i = 0;
        while (i < blocks.Count)
        {
            // A hunk takes every following block that starts within two contexts of the last one.
            var j = i;
            while (j + 1 < blocks.Count && blocks[j + 1].DeleteStartA - (blocks[j].DeleteStartA + blocks[j].DeleteCountA) <= 2 * Context) j++;
            var startA = Math.Max(0, blocks[i].DeleteStartA - Context);
            var startB = blocks[i].InsertStartB - (blocks[i].DeleteStartA - startA);
            var endA = Math.Min(a.Length, blocks[j].DeleteStartA + blocks[j].DeleteCountA + Context);
            var endB = Math.Min(b.Length, blocks[j].InsertStartB + blocks[j].InsertCountB + (endA - (blocks[j].DeleteStartA + blocks[j].DeleteCountA)));
            output.Append("@@ -").Append(HunkRange(startA, endA - startA)).Append(" +").Append(HunkRange(startB, endB - startB)).Append(" @@\n");
            var posA = startA;
            for (var k = i; k <= j; k++)
            {
                var block = blocks[k];
                for (; posA < block.DeleteStartA; posA++) Line(output, ' ', a[posA]);
                for (var d = 0; d < block.DeleteCountA; d++) Line(output, '-', a[block.DeleteStartA + d]);
                for (var n = 0; n < block.InsertCountB; n++) Line(output, '+', b[block.InsertStartB + n]);
                posA = block.DeleteStartA + block.DeleteCountA;
            }
            for (; posA < endA; posA++) Line(output, ' ', a[posA]);
            i = j + 1;
        }
        return output.ToString();
    }

    private static string HunkRange(int start, int count) => count == 0 ? $"{start},0" : count == 1 ? $"{start + 1}" : $"{start + 1},{count}";

    private static void Line(StringBuilder output, char marker, string line)
    {
        output.Append(marker).Append(line);
        if (!line.EndsWith('\n') && !line.EndsWith('\r')) output.Append("\n\\ No newline at end of file\n");
        else if (line.EndsWith('\r')) output.Append('\n');
    }

    /// <summary>Splits after each line feed (or lone carriage return), keeping the endings with their lines.</summary>
    private static string[] SplitKeepingEndings(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }
        if (start < text.Length) lines.Add(text[start..]);
        return [.. lines];
    }
}
