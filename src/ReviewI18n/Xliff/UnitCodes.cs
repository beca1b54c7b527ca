namespace ReviewI18n.Xliff;

/// <summary>
/// The protected codes of one unit with their ids: the source's numbered <c>1</c>..<c>n</c> in
/// text order; a code of the target takes the id of an unused equal code of the source, else an
/// id of its own (<c>t1</c>, ...). Equal ids in source and target mean the same code, as XLIFF asks.
/// </summary>
public sealed class UnitCodes
{
    public List<(string Id, string Code)> All { get; } = [];

    public List<(InlineRun Run, string? Id)> Source { get; }

    public List<(InlineRun Run, string? Id)>? Target { get; }

    public UnitCodes(string source, string? target)
    {
        Source = [];
        foreach (var run in InlineCode.Split(source))
        {
            if (!run.IsCode) { Source.Add((run, null)); continue; }
            var id = (All.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            All.Add((id, run.Text));
            Source.Add((run, id));
        }
        if (target is null) return;
        Target = [];
        var used = new HashSet<string>(StringComparer.Ordinal);
        var own = 0;
        foreach (var run in InlineCode.Split(target))
        {
            if (!run.IsCode) { Target.Add((run, null)); continue; }
            var match = All.FirstOrDefault(c => c.Code == run.Text && !c.Id.StartsWith('t') && !used.Contains(c.Id)).Id;
            if (match is null)
            {
                match = $"t{++own}";
                All.Add((match, run.Text));
            }
            used.Add(match);
            Target.Add((run, match));
        }
    }

    /// <summary>Whether a character may appear in XML 1.0 text (a surrogate only in a pair).</summary>
    public static bool IsXmlChar(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c)) return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(c)) return i > 0 && char.IsHighSurrogate(text[i - 1]);
        return c is '\t' or '\n' or '\r' || c >= 0x20 && c is not ('\uFFFE' or '\uFFFF');
    }
}
