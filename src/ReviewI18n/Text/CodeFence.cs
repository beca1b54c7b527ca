namespace ReviewI18n.Text;

/// <summary>
/// Fenced code blocks as CommonMark reads them: a line of three or more backticks or tildes
/// opens one, and only a line of the same character, at least as
/// long and with nothing after it, closes it. So a <c>~~~~</c> block may hold a line of
/// <c>```</c>, and the text after the block is prose again. Every reader of sections that skips
/// code (facts, prose, drift tokens, the encoding mask) follows lines through one of these, so
/// they agree on what is code.
/// </summary>
public struct CodeFence
{
    private char _char;
    private int _length;

    /// <summary>True while inside a fenced block (after its opening line, before its closing one).</summary>
    public readonly bool IsOpen => _length > 0;

    /// <summary>
    /// Follows one line (without its line break); true when the line is code: an opening or closing
    /// fence, or a line inside a block.
    /// </summary>
    public bool IsCode(ReadOnlySpan<char> line)
    {
        var (c, length) = Run(line.TrimStart(' '));
        if (_length == 0)
        {
            // Any indentation: a fence inside a list item is indented with the item.
            if (length < 3) return false;
            (_char, _length) = (c, length);
            return true;
        }
        var trimmed = line.Trim();
        if (c == _char && length >= _length && trimmed.Length == length) _length = 0;
        return true;
    }

    private static (char Char, int Length) Run(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line[0] is not ('`' or '~')) return ('\0', 0);
        var n = 1;
        while (n < line.Length && line[n] == line[0]) n++;
        return (line[0], n);
    }
}
