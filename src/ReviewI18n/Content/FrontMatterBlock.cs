namespace ReviewI18n.Content;

/// <summary>
/// Where the YAML front matter sits in a file's text: the opening <c>---</c> line, the YAML
/// between, the closing <c>---</c> (or <c>...</c>) line, and where the body starts.
/// </summary>
public sealed record FrontMatterBlock(int YamlStart, int YamlLength, int YamlFirstLine, int ClosingLine, int BodyStart, int BodyFirstLine)
{
    /// <summary>Finds the block, or explains why there is none.</summary>
    public static FrontMatterBlock? Locate(string text, out string? problem)
    {
        problem = null;
        var firstEnd = LineEnd(text, 0, out var firstNext);
        if (!IsFence(text.AsSpan(0, firstEnd), "---"))
        {
            problem = text.Length == 0 ? "the file is empty" : "the file does not start with a '---' front-matter line";
            return null;
        }
        var yamlStart = firstNext;
        var offset = yamlStart;
        var line = 2;
        while (offset < text.Length)
        {
            var end = LineEnd(text, offset, out var next);
            var content = text.AsSpan(offset, end - offset);
            if (IsFence(content, "---") || IsFence(content, "..."))
            {
                return new FrontMatterBlock(yamlStart, offset - yamlStart, 2, line, next, line + 1);
            }
            offset = next;
            line++;
        }
        problem = "the front matter opened on line 1 is never closed with '---'";
        return null;
    }

    private static bool IsFence(ReadOnlySpan<char> line, string fence) =>
        line.TrimEnd(" \t\r").SequenceEqual(fence);

    /// <summary>Index of the line's '\n' (or the text end); <paramref name="next"/> is the next line's start.</summary>
    private static int LineEnd(string text, int start, out int next)
    {
        var i = text.IndexOf('\n', start);
        if (i < 0)
        {
            next = text.Length;
            return text.Length;
        }
        next = i + 1;
        return i;
    }
}
