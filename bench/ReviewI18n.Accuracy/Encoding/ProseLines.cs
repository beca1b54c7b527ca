namespace ReviewI18n.Accuracy.Encodings;

/// <summary>Where damage can be planted: body lines of prose (no code, URLs, math, tables or headings).</summary>
internal static class ProseLines
{
    public static List<(int Start, int End)> Of(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        var dashes = 0;
        while (start < text.Length)
        {
            var nl = text.IndexOf('\n', start);
            var end = nl < 0 ? text.Length : nl;
            var line = text.AsSpan(start, end - start);
            if (line.SequenceEqual("---")) dashes++;
            else if (dashes >= 2 && line.Length > 20 && line.IndexOf('`') < 0 && line.IndexOf("://") < 0 && line.IndexOf("www.") < 0
                     && !line.StartsWith("$$") && !line.StartsWith("|") && !line.StartsWith("#") && !line.StartsWith("[") && !line.StartsWith("<"))
            {
                lines.Add((start, end));
            }
            start = end + 1;
        }
        return lines;
    }

    public static (int Start, int End)? Pick(string text, Random random, Func<string, int, int, bool>? accept = null)
    {
        var lines = Of(text);
        if (accept is not null) lines = lines.Where(l => accept(text, l.Start, l.End)).ToList();
        return lines.Count == 0 ? null : lines[random.Next(lines.Count)];
    }

    public static bool HasNonAscii(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] >= 0x80) return true;
        }
        return false;
    }

    public static bool IsJapanese(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u4E00' and <= '\u9FFF');

    /// <summary>A span around a random character that satisfies <paramref name="pivot"/>, not splitting surrogate pairs.</summary>
    public static (int Start, int End)? SpanAround(string text, (int Start, int End) line, Random random, Func<char, bool> pivot, int maxLeft, int maxRight)
    {
        var candidates = new List<int>();
        for (var i = line.Start; i < line.End; i++)
        {
            if (pivot(text[i])) candidates.Add(i);
        }
        if (candidates.Count == 0) return null;
        var p = candidates[random.Next(candidates.Count)];
        var start = Math.Max(line.Start, p - random.Next(maxLeft + 1));
        var end = Math.Min(line.End, p + 1 + random.Next(maxRight + 1));
        if (char.IsLowSurrogate(text[start])) start--;
        if (end < text.Length && char.IsLowSurrogate(text[end])) end++;
        return (start, end);
    }
}
