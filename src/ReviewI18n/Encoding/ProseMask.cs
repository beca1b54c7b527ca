using ReviewI18n.Text;
namespace ReviewI18n.Encodings;

/// <summary>
/// The parts of a Markdown text that are not prose and must be left as they are: fenced code
/// blocks, code spans and URLs. Byte-exact code and addresses are never "repaired".
/// </summary>
public sealed class ProseMask
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    private ProseMask(List<(int Start, int End)> ranges)
    {
        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        _starts = ranges.Select(r => r.Start).ToArray();
        _ends = ranges.Select(r => r.End).ToArray();
    }

    public static ProseMask Empty { get; } = new([]);

    /// <summary>Whether the character at <paramref name="offset"/> is code or part of a URL.</summary>
    public bool IsExcluded(int offset)
    {
        var i = Array.BinarySearch(_starts, offset);
        if (i < 0) i = ~i - 1;
        return i >= 0 && offset < _ends[i];
    }

    /// <summary>Whether any character of [start, end) is code or URL.</summary>
    public bool Overlaps(int start, int end)
    {
        var i = Array.BinarySearch(_starts, end - 1);
        if (i < 0) i = ~i - 1;
        return i >= 0 && _ends[i] > start;
    }

    /// <summary>
    /// Whether every code, fence or URL range that overlaps [start, end) opens inside it with a
    /// backtick: a code span that the text from <paramref name="start"/> on made, not one before it.
    /// (The ranges do not overlap each other, so their ends grow with their starts.)
    /// </summary>
    public bool OnlyCodeSpansOpenedIn(string text, int start, int end)
    {
        var i = Array.BinarySearch(_starts, end - 1);
        if (i < 0) i = ~i - 1;
        for (; i >= 0 && _ends[i] > start; i--)
        {
            if (_starts[i] < start || text[_starts[i]] != '`') return false;
        }
        return true;
    }

    public static ProseMask Build(string text)
    {
        var ranges = new List<(int, int)>();
        var span = text.AsSpan();
        var lineStart = 0;
        var fenceStart = -1;
        var fence = new CodeFence();
        while (lineStart < text.Length)
        {
            var nl = span[lineStart..].IndexOf('\n');
            var lineEnd = nl < 0 ? text.Length : lineStart + nl + 1;
            var wasOpen = fence.IsOpen;
            if (!fence.IsCode(span[lineStart..lineEnd]))
            {
                AddInline(text, lineStart, lineEnd, ranges);
            }
            else if (!wasOpen)
            {
                fenceStart = lineStart;
            }
            else if (!fence.IsOpen)
            {
                ranges.Add((fenceStart, lineEnd));
                fenceStart = -1;
            }
            lineStart = lineEnd;
        }
        if (fenceStart >= 0) ranges.Add((fenceStart, text.Length));
        return new ProseMask(ranges);
    }

    /// <summary>Code spans (matching backtick runs on one line) and URLs on one line.</summary>
    private static void AddInline(string text, int start, int end, List<(int, int)> ranges)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == '`')
            {
                var n = 0;
                while (i + n < end && text[i + n] == '`') n++;
                var close = FindBackticks(text, i + n, end, n);
                if (close < 0)
                {
                    i += n;
                    continue;
                }
                ranges.Add((i, close + n));
                i = close + n;
                continue;
            }
            if ((c == 'h' && (At(text, i, "https://") || At(text, i, "http://"))) || (c == 'w' && At(text, i, "www.") && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))))
            {
                var j = i;
                while (j < end && !char.IsWhiteSpace(text[j]) && text[j] is not ('<' or '>' or '"' or '）' or '」' or '」' or '、' or '。')) j++;
                ranges.Add((i, j));
                i = j;
                continue;
            }
            i++;
        }
    }

    private static int FindBackticks(string text, int from, int end, int n)
    {
        var i = from;
        while (i < end)
        {
            if (text[i] != '`')
            {
                i++;
                continue;
            }
            var m = 0;
            while (i + m < end && text[i + m] == '`') m++;
            if (m == n) return i;
            i += m;
        }
        return -1;
    }

    private static bool At(string text, int i, string word) => string.CompareOrdinal(text, i, word, 0, word.Length) == 0;
}
