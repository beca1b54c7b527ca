namespace ReviewI18n.Output;

/// <summary>
/// Reads back a word diff written with <c>[-removed-]</c> and <c>{+added+}</c> marks (as drift's
/// stale-section findings carry it), so each format can show it its own way.
/// </summary>
public static class DiffMarks
{
    public enum Kind
    {
        Same,
        Removed,
        Added,
    }

    public static IReadOnlyList<(Kind Kind, string Text)> Parse(string diff)
    {
        var pieces = new List<(Kind, string)>();
        var i = 0;
        var plain = 0;
        while (i < diff.Length)
        {
            var (open, close, kind) = diff.AsSpan(i).StartsWith("[-") ? ("[-", "-]", Kind.Removed)
                : diff.AsSpan(i).StartsWith("{+") ? ("{+", "+}", Kind.Added)
                : (null, null, Kind.Same);
            var end = open is null ? -1 : diff.IndexOf(close!, i + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                i++;
                continue;
            }
            if (i > plain) pieces.Add((Kind.Same, diff[plain..i]));
            pieces.Add((kind, diff[(i + 2)..end]));
            i = end + 2;
            plain = i;
        }
        if (plain < diff.Length) pieces.Add((Kind.Same, diff[plain..]));
        return pieces;
    }
}
