namespace ReviewI18n.Content;

/// <summary>Maps character offsets of a text to 1-based line and column (UTF-16 code units).</summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;

    public LineMap(string text)
    {
        // Counted first (a vectorized scan) so the array is allocated once at its final size:
        // this runs on every file of a site, and a growing list tripled its garbage.
        var span = text.AsSpan();
        var starts = new int[span.Count('\n') + 1];
        var offset = 0;
        for (var line = 1; line < starts.Length; line++)
        {
            offset += span[offset..].IndexOf('\n') + 1;
            starts[line] = offset;
        }
        _lineStarts = starts;
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>Offset of the first character of a 1-based line.</summary>
    public int LineStart(int line) => _lineStarts[Math.Clamp(line, 1, _lineStarts.Length) - 1];

    public (int Line, int Column) PositionOf(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0) index = ~index - 1;
        return (index + 1, offset - _lineStarts[index] + 1);
    }
}
