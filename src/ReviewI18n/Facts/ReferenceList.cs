using ReviewI18n.Content;
using ReviewI18n.Text;

namespace ReviewI18n.Facts;

/// <summary>
/// A document's reference list: every line that opens with a bracketed number (<c>[3]</c>,
/// <c>［3］</c>, with or without a URL), or with <c>3.</c>, <c>3)</c> or <c>(3)</c> and a URL (or
/// without one once the list has begun), after an optional list bullet. Citation markers
/// <c>[n]</c> in the text resolve through it. The Analyze stage reads each document's once.
/// </summary>
public sealed class ReferenceList
{
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

    /// <summary>Whether an entry's line lies (at least partly) between the two offsets: a section with none has no entry numbers or notes to leave out.</summary>
    public bool HasEntryIn(int start, int end)
    {
        foreach (var entry in Entries)
        {
            if (entry.LineStart < end && entry.LineEnd > start) return true;
            if (entry.LineStart >= end) break;
        }
        return false;
    }

    /// <summary>Whether the offset lies on an entry's line (its title and notes are not prose facts). Entries are in text order.</summary>
    public bool IsInEntry(int offset)
    {
        var (low, high) = (0, Entries.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var entry = Entries[middle];
            if (offset < entry.LineStart) high = middle - 1;
            else if (offset >= entry.LineEnd) low = middle + 1;
            else return true;
        }
        return false;
    }

    public static ReferenceList Of(ReviewDocument document) =>
        Read(document.Text, document.FrontMatter?.Block.BodyStart ?? 0);

    public static ReferenceList Read(string text, int start = 0)
    {
        var entries = new List<ReferenceEntry>();
        var offset = start;
        while (offset < text.Length)
        {
            var newline = text.IndexOf('\n', offset);
            var end = newline < 0 ? text.Length : newline;
            var entry = Entry(text, offset, end, listStarted: entries.Count > 0);
            if (entry is { HasUrl: true })
            {
                entries.Add(entry);
            }
            else if (UrlLineAfter(text, end) is { } next && Entry(text, offset, next, joined: true) is { } joined)
            {
                // An entry whose URL is on the next line: "[4] Title —" then "https://...".
                entries.Add(joined);
                end = next;
            }
            else if (entry is not null)
            {
                entries.Add(entry);
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

    private static ReferenceEntry? Entry(string text, int start, int end, bool joined = false, bool listStarted = false)
    {
        var indent = 0;
        while (start + indent < end && char.IsWhiteSpace(text[start + indent])) indent++;
        var line = text.AsSpan(start + indent, end - start - indent);
        // Most lines are prose: look at the first character before searching the line for a URL.
        if (line.Length < 4 || line[0] is not ('[' or '［' or '(' or '-' or '*' or '+') && !NumberText.IsDigit(line[0])) return null;
        if (joined && line.IndexOf('\n') is var lineBreak and >= 0 && line[..lineBreak].Contains("http", StringComparison.Ordinal)) return null;
        // "[4] Title, print edition" is an entry without a URL; "4." without one is a numbered list
        // item, unless the reference list has begun above it ("6. A shop listing, accessed ...").
        var withoutUrl = line[0] is '[' or '［' || listStarted;
        if (line[0] == '(' && !line.Contains("http", StringComparison.Ordinal)) return null;
        if (!withoutUrl && !line.Contains("http", StringComparison.Ordinal)) return null;
        var at = start + indent;
        if (line[0] is '-' or '*' or '+' && line.Length > 2 && line[1] == ' ')
        {
            var bullet = 2;
            while (bullet < line.Length && line[bullet] == ' ') bullet++;
            line = line[bullet..];
            at += bullet;
        }
        string number;
        int after;
        if (line[0] is '[' or '［' or '(')
        {
            var close = line[0] == '(' ? line.IndexOf(')') : line.IndexOfAny(']', '］');
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
        if (number.Length == 0 || !NumberText.IsDigit(number[0])) return null;
        var rest = line[after..];
        var urlAt = rest.IndexOf("http", StringComparison.Ordinal);
        if (urlAt < 0) return joined || !withoutUrl ? null : new ReferenceEntry(text, number, start, end, at + after, at + line.Length, 0);
        var restAt = at + after;
        return new ReferenceEntry(text, number, start, end, restAt, restAt + urlAt, UrlText.Length(rest[urlAt..]));
    }
}
