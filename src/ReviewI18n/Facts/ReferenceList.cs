using ReviewI18n.Content;

namespace ReviewI18n.Facts;

/// <summary>
/// A document's reference list: every line that opens with a number (<c>[3]</c>, <c>［3］</c>,
/// <c>3.</c>, <c>3)</c>, after an optional list bullet) and names a URL. Citation markers
/// <c>[n]</c> in the text resolve through it. Read once per document, on first use.
/// </summary>
public sealed class ReferenceList
{
    private static readonly object Owner = new();
    private readonly Dictionary<string, ReferenceEntry> _byNumber;

    private ReferenceList(List<ReferenceEntry> entries)
    {
        Entries = entries;
        _byNumber = new Dictionary<string, ReferenceEntry>(StringComparer.Ordinal);
        foreach (var e in entries) _byNumber.TryAdd(e.Number, e);
    }

    public IReadOnlyList<ReferenceEntry> Entries { get; }

    public bool IsEmpty => Entries.Count == 0;

    public ReferenceEntry? Find(string number) => _byNumber.GetValueOrDefault(number);

    /// <summary>Whether the offset lies on an entry's line (its title and notes are not prose facts).</summary>
    public bool IsInEntry(int offset)
    {
        foreach (var e in Entries)
        {
            if (offset >= e.LineStart && offset < e.LineEnd) return true;
        }
        return false;
    }

    public static ReferenceList Of(ReviewDocument document) =>
        document.Derived.GetOrAdd(Owner, document, static d => Read(d.Text, d.FrontMatter?.Block.BodyStart ?? 0));

    public static ReferenceList Read(string text, int start = 0)
    {
        var entries = new List<ReferenceEntry>();
        var offset = start;
        while (offset < text.Length)
        {
            var newline = text.IndexOf('\n', offset);
            var end = newline < 0 ? text.Length : newline;
            if (Entry(text, offset, end) is { } entry)
            {
                entries.Add(entry);
            }
            else if (UrlLineAfter(text, end) is { } next && Entry(text, offset, next, joined: true) is { } joined)
            {
                // An entry whose URL is on the next line: "[4] Title —" then "https://...".
                entries.Add(joined);
                end = next;
            }
            offset = end + 1;
        }
        return new ReferenceList(entries);
    }

    /// <summary>The end of the line after the one ending at <paramref name="end"/>, when that line is a URL.</summary>
    private static int? UrlLineAfter(string text, int end)
    {
        if (end + 1 >= text.Length) return null;
        var next = text.IndexOf('\n', end + 1);
        if (next < 0) next = text.Length;
        return text.AsSpan(end + 1, next - end - 1).TrimStart().StartsWith("http", StringComparison.Ordinal) ? next : null;
    }

    private static ReferenceEntry? Entry(string text, int start, int end, bool joined = false)
    {
        var line = text.AsSpan(start, end - start).TrimStart();
        if (joined && line.IndexOf('\n') is var lineBreak and >= 0 && line[..lineBreak].Contains("http", StringComparison.Ordinal)) return null;
        if (line.Length < 4 || !line.Contains("http", StringComparison.Ordinal)) return null;
        if (line[0] is '-' or '*' or '+' && line.Length > 2 && line[1] == ' ') line = line[2..].TrimStart();
        string number;
        int after;
        if (line[0] is '[' or '［')
        {
            var close = line.IndexOfAny(']', '］');
            if (close < 2 || close > 4 || close + 1 < line.Length && line[close + 1] == '(') return null;
            number = NumberText.Normalize(line[1..close]);
            after = close + 1;
        }
        else
        {
            var digits = 0;
            while (digits < line.Length && digits < 3 && NumberText.IsDigit(line[digits])) digits++;
            if (digits == 0 || digits >= line.Length || line[digits] is not ('.' or ')' or '．')) return null;
            number = NumberText.Normalize(line[..digits]);
            after = digits + 1;
        }
        if (!int.TryParse(number, out _)) return null;
        var rest = line[after..];
        var urlAt = rest.IndexOf("http", StringComparison.Ordinal);
        if (urlAt < 0) return null;
        var urlEnd = urlAt;
        while (urlEnd < rest.Length && !char.IsWhiteSpace(rest[urlEnd]) && rest[urlEnd] is not ('<' or '>' or '"' or '`' or '（' or '）' or '「' or '」' or '、' or '。')) urlEnd++;
        var url = rest[urlAt..urlEnd].TrimEnd(".,;:!?'*_])").ToString();
        if (SourceIdentity.Of(url) is not { } source) return null;
        return new ReferenceEntry(number, url, source, rest[..urlAt].Trim().ToString(), start, end);
    }
}
