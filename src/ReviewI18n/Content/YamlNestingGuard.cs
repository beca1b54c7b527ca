namespace ReviewI18n.Content;

/// <summary>
/// YamlDotNet loads nested collections recursively, and a deep enough nesting overflows the
/// stack, which no catch can stop. Front matter is shallow (two or three levels), so anything
/// nested deeper than <see cref="MaxDepth"/> is refused before the parser sees it. The count is
/// conservative: it may overcount (quotes are tracked simply), never undercount.
/// </summary>
public static class YamlNestingGuard
{
    public const int MaxDepth = 64;

    /// <summary>The 1-based line where the nesting first goes too deep, or 0 when it never does.</summary>
    public static int FirstTooDeepLine(ReadOnlySpan<char> yaml)
    {
        var indents = new Stack<int>();
        var line = 1;
        var flowDepth = 0;
        while (!yaml.IsEmpty)
        {
            var end = yaml.IndexOf('\n');
            var text = end < 0 ? yaml : yaml[..end];
            yaml = end < 0 ? [] : yaml[(end + 1)..];

            var content = text.TrimStart(' ');
            if (!content.IsEmpty && content[0] != '#' && flowDepth == 0)
            {
                var indent = text.Length - content.Length;
                while (indents.Count > 0 && indents.Peek() >= indent) indents.Pop();
                indents.Push(indent);
                // "- - - x" opens one block sequence per dash on the same line.
                var dashes = 0;
                while (content.Length >= 2 && content[0] == '-' && content[1] is ' ' or '\t')
                {
                    dashes++;
                    content = content[2..].TrimStart(' ');
                }
                if (indents.Count + dashes > MaxDepth) return line;
            }
            var quote = '\0';
            var previous = ' ';
            foreach (var c in content)
            {
                if (quote != '\0')
                {
                    if (c == quote) quote = '\0';
                }
                else if (c is '"' or '\'' && previous is ' ' or '\t' or '[' or '{' or ',' or ':')
                {
                    // A quote opens a quoted scalar only where a token starts; in "it's" it is a letter.
                    quote = c;
                }
                else if (c is '[' or '{')
                {
                    if (++flowDepth + indents.Count > MaxDepth) return line;
                }
                else if (c is ']' or '}')
                {
                    flowDepth = Math.Max(flowDepth - 1, 0);
                }
                previous = c;
            }
            line++;
        }
        return 0;
    }
}
