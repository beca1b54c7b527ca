namespace ReviewI18n.Sections;

/// <summary>
/// Finds <c>## </c> headings with a line scan when the body has nothing that could make the
/// scan disagree with a CommonMark parser: no code fences, no indented or nested <c>#</c> lines,
/// no HTML blocks, no setext underlines. Returns null when in doubt, and the caller asks Markdig.
/// </summary>
internal static class FastHeadingScanner
{
    public static List<(int Offset, int Line, int End, string Heading)>? TryScan(string text, int bodyStart, int bodyFirstLine)
    {
        var headings = new List<(int Offset, int Line, int End, string Heading)>();
        var offset = bodyStart;
        var line = bodyFirstLine;
        var previousBlank = true;
        while (offset < text.Length)
        {
            var newline = text.IndexOf('\n', offset);
            var end = newline < 0 ? text.Length : newline + 1;
            var content = text.AsSpan(offset, end - offset).TrimEnd("\r\n");
            var trimmed = content.TrimStart(' ');
            var indent = content.Length - trimmed.Length;
            if (trimmed.IsEmpty || trimmed.IsWhiteSpace())
            {
                previousBlank = true;
            }
            else
            {
                var first = trimmed[0];
                if (first is '`' or '~' or '<' or '\t' || (first == '#' && indent > 0) || (indent >= 4 && previousBlank))
                {
                    return null; // fences, HTML blocks, indented code, nested headings: let Markdig decide
                }
                if ((first is '-' or '=') && !previousBlank && IsUnderline(trimmed))
                {
                    return null; // a setext heading (or a thematic break that looks like one)
                }
                if (first == '#' && IsLevel2(trimmed))
                {
                    headings.Add((offset, line, end, SectionSplitter.HeadingText(text, offset, end, setext: false)));
                    previousBlank = true; // a heading ends its block
                }
                else
                {
                    previousBlank = false;
                }
            }
            offset = end;
            line++;
        }
        return headings;
    }

    private static bool IsLevel2(ReadOnlySpan<char> line) =>
        line.StartsWith("##") && (line.Length == 2 || line[2] is ' ' or '\t');

    private static bool IsUnderline(ReadOnlySpan<char> line)
    {
        var c = line[0];
        var body = line.TrimEnd(" \t");
        foreach (var ch in body)
        {
            if (ch != c && !(c == '-' && ch == ' ')) return false;
        }
        return true;
    }
}
