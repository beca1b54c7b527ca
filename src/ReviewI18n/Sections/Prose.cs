using System.Text;
using ReviewI18n.Facts;
using ReviewI18n.Text;

namespace ReviewI18n.Sections;

/// <summary>
/// The prose of a piece of text, for judging its language: letters counted per script, and the
/// text itself with white space collapsed. What is the same in every locale on purpose is left
/// out, so it cannot make a translation look untranslated: fenced code, code spans, URLs, score
/// lines, reference markers and reference-list entries.
/// </summary>
public sealed class Prose
{
    private readonly int[] _counts = new int[Enum.GetValues<Script>().Length];

    private Prose(string text) => Text = text;

    /// <summary>The kept text, white space collapsed, for comparing with the source.</summary>
    public string Text { get; }

    /// <summary>
    /// True when the text is a reference list: it has URLs and more list items than other lines
    /// with text. Its titles stay in their original language in every locale, so its language
    /// cannot be judged.
    /// </summary>
    public bool IsReferenceList { get; private set; }

    /// <summary>All letters, of any script.</summary>
    public int Letters { get; private set; }

    public int Count(Script script) => _counts[(int)script];

    public int Count(IEnumerable<Script> scripts) => scripts.Sum(Count);

    public static Prose Of(string text) => Of(text, 0, text.Length);

    public static Prose Of(string text, int start, int end)
    {
        var kept = new StringBuilder(Math.Min(end - start, 4096));
        var counts = new int[Enum.GetValues<Script>().Length];
        var inFence = false;
        int items = 0, others = 0, urls = 0;
        var offset = start;
        while (offset < end)
        {
            var newline = text.IndexOf('\n', offset, end - offset);
            var lineEnd = newline < 0 ? end : newline;
            var line = text.AsSpan(offset, lineEnd - offset).Trim();
            if (line.StartsWith("```") || line.StartsWith("~~~")) inFence = !inFence;
            else if (!inFence && !line.IsEmpty && !IsScoreLine(line))
            {
                if (HasUrl(line)) urls++;
                if (IsListItem(line)) items++;
                else if (HasLetter(line)) others++;
                if (!IsReferenceEntry(line)) Keep(line, kept, counts);
            }
            offset = lineEnd + 1;
        }
        var prose = new Prose(kept.ToString().TrimEnd());
        var letters = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            prose._counts[i] = counts[i];
            if (i != (int)Script.Common) letters += counts[i];
        }
        prose.Letters = letters;
        prose.IsReferenceList = urls > 0 && items > others;
        return prose;
    }

    private static bool IsScoreLine(ReadOnlySpan<char> line) => line.StartsWith("$$");

    /// <summary>
    /// A line of a reference list: <c>[1] Source, Title, URL</c>, or a numbered or bulleted item
    /// with a URL. Titles there stay in their original language in every locale.
    /// </summary>
    private static bool IsReferenceEntry(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty) return false;
        if (line[0] is '[' or '［' && line.Length > 1 && NumberText.IsDigit(line[1])) return true;
        return HasUrl(line) && IsListItem(line);
    }

    private static bool HasUrl(ReadOnlySpan<char> line) =>
        line.Contains("http://", StringComparison.Ordinal) || line.Contains("https://", StringComparison.Ordinal);

    /// <summary>A bulleted or numbered list item, or a <c>[n]</c> reference entry.</summary>
    private static bool IsListItem(ReadOnlySpan<char> line)
    {
        if (line.Length < 2) return false;
        if (line[0] is '-' or '*' or '+' && line[1] == ' ') return true;
        if (line[0] is '・' or '•') return true;
        if (line[0] is '[' or '［' && NumberText.IsDigit(line[1])) return true;
        var i = 0;
        while (i < line.Length && NumberText.IsDigit(line[i])) i++;
        return i > 0 && i < line.Length && line[i] is '.' or ')' or '．';
    }

    private static bool HasLetter(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsLetter(c)) return true;
        }
        return false;
    }

    private static void Keep(ReadOnlySpan<char> line, StringBuilder kept, int[] counts)
    {
        var space = kept.Length > 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == '`')
            {
                var close = line[(i + 1)..].IndexOf('`');
                if (close >= 0) { i += close + 2; continue; }
            }
            else if (c == 'h' && (line[i..].StartsWith("http://") || line[i..].StartsWith("https://")))
            {
                while (i < line.Length && line[i] > ' ' && line[i] < 0x7F) i++;
                continue;
            }
            else if (c is '[' or '［' && i + 1 < line.Length && NumberText.IsDigit(line[i + 1]))
            {
                var close = line[i..].IndexOfAny(']', '］');
                if (close > 0) { i += close + 1; continue; }
            }
            if (char.IsWhiteSpace(c))
            {
                space = kept.Length > 0;
                i++;
                continue;
            }
            if (space) kept.Append(' ');
            space = false;
            kept.Append(c);
            counts[(int)ScriptClassifier.Of(c)]++;
            i++;
        }
    }
}
