using System.Runtime.CompilerServices;
using ReviewI18n.Facts;
using ReviewI18n.Text;

namespace ReviewI18n.Sections;

/// <summary>
/// The prose of a piece of text, for judging its language: letters counted per script, and a
/// fingerprint of the text with white space collapsed (to tell a copy of the source). What is
/// the same in every locale on purpose is left out, so it cannot make a translation look
/// untranslated: fenced code, code spans, URLs, score lines, reference markers and
/// reference-list entries. One pass, no allocation beyond the counts: it runs on every section.
/// </summary>
public sealed class Prose
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    private readonly int[] _counts;

    private Prose(int[] counts, int letters, int length, ulong hash, bool isReferenceList)
    {
        _counts = counts;
        Letters = letters;
        Length = length;
        Hash = hash;
        IsReferenceList = isReferenceList;
    }

    /// <summary>All letters, of any script.</summary>
    public int Letters { get; }

    /// <summary>Characters kept, white space collapsed.</summary>
    public int Length { get; }

    /// <summary>FNV-1a hash of the kept text, white space collapsed.</summary>
    public ulong Hash { get; }

    /// <summary>
    /// True when the text is a reference list: it has URLs and more list items than other lines
    /// with text. Its titles stay in their original language in every locale, so its language
    /// cannot be judged.
    /// </summary>
    public bool IsReferenceList { get; }

    public int Count(Script script) => _counts[(int)script];

    public int Count(IEnumerable<Script> scripts) => scripts.Sum(Count);

    /// <summary>True when both texts keep the same characters (collisions of a 64-bit hash and equal length aside).</summary>
    public bool SameTextAs(Prose other) => Hash == other.Hash && Length == other.Length;

    public static Prose Of(string text) => Of(text, 0, text.Length);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Prose Of(string text, int start, int end)
    {
        var counts = new int[(int)Script.Other + 1];
        var state = new HashState { Hash = FnvOffset };
        var inFence = false;
        int items = 0, others = 0, urls = 0;
        var offset = start;
        while (offset < end)
        {
            var newline = text.IndexOf('\n', offset, end - offset);
            var lineEnd = newline < 0 ? end : newline;
            var line = text.AsSpan(offset, lineEnd - offset).Trim();
            if (line.StartsWith("```") || line.StartsWith("~~~"))
            {
                inFence = !inFence;
            }
            else if (!inFence && !line.IsEmpty && !line.StartsWith("$$"))
            {
                var hasUrl = HasUrl(line);
                if (hasUrl) urls++;
                var item = IsListItem(line);
                if (item) items++;
                else if (HasLetter(line)) others++;
                var referenceEntry = line[0] is '[' or '［' && line.Length > 1 && NumberText.IsDigit(line[1]) || (hasUrl && item);
                if (!referenceEntry) Keep(line, ref state, counts);
            }
            offset = lineEnd + 1;
        }
        var letters = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (i != (int)Script.Common) letters += counts[i];
        }
        return new Prose(counts, letters, state.Length, state.Hash, urls > 0 && items > others);
    }

    private struct HashState
    {
        public ulong Hash;
        public int Length;
        public bool PendingSpace;

        public void Add(char c)
        {
            Hash = (Hash ^ c) * FnvPrime;
            Length++;
        }
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Keep(ReadOnlySpan<char> line, ref HashState state, int[] counts)
    {
        state.PendingSpace = state.Length > 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            int script;
            if (c < 0x80)
            {
                // ASCII first: the only place where code spans, URLs and markers start.
                if (c <= ' ')
                {
                    state.PendingSpace = state.Length > 0;
                    i++;
                    continue;
                }
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
                else if (c == '[' && IsMarkerAt(line, i, out var markerEnd))
                {
                    i = markerEnd;
                    continue;
                }
                script = char.IsAsciiLetter(c) ? (int)Script.Latin : (int)Script.Common;
            }
            else if (c is >= '\u3041' and <= '\u3096') script = (int)Script.Hiragana;
            else if (c is >= '\u30A1' and <= '\u30FA') script = (int)Script.Katakana;
            else if (c is >= '\u4E00' and <= '\u9FFF') script = (int)Script.Han;
            else if (c == '［' && IsMarkerAt(line, i, out var wideEnd))
            {
                i = wideEnd;
                continue;
            }
            else if (char.IsWhiteSpace(c))
            {
                state.PendingSpace = state.Length > 0;
                i++;
                continue;
            }
            else script = (int)ScriptClassifier.Of(c);
            if (state.PendingSpace) state.Add(' ');
            state.PendingSpace = false;
            state.Add(c);
            counts[script]++;
            i++;
        }
    }

    /// <summary>A reference marker <c>[12]</c> (or full-width) at <paramref name="i"/>, and where it ends.</summary>
    private static bool IsMarkerAt(ReadOnlySpan<char> line, int i, out int end)
    {
        end = i;
        if (i + 1 >= line.Length || !NumberText.IsDigit(line[i + 1])) return false;
        var close = line[i..].IndexOfAny(']', '］');
        if (close <= 0) return false;
        end = i + close + 1;
        return true;
    }
}
