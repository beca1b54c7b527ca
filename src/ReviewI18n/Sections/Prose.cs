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
/// The fingerprint takes a second pass, made only when asked for: scripts alone tell most
/// translations apart (any translation into ja), and hashing every character would cost as
/// much as counting them.
/// </summary>
public sealed class Prose
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    private readonly int[] _counts;
    private readonly string _text;
    private readonly int _start;
    private readonly int _end;
    private Fingerprint? _fingerprint;

    private Prose(string text, int start, int end, int[] counts, int letters, bool isReferenceList)
    {
        _text = text;
        _start = start;
        _end = end;
        _counts = counts;
        Letters = letters;
        IsReferenceList = isReferenceList;
    }

    /// <summary>All letters, of any script.</summary>
    public int Letters { get; }

    /// <summary>Characters kept, white space collapsed.</summary>
    public int Length => Print.Length;

    /// <summary>FNV-1a hash of the kept text, white space collapsed.</summary>
    public ulong Hash => Print.Hash;

    /// <summary>
    /// True when the text is a reference list: it has URLs and more list items than other lines
    /// with text. Its titles stay in their original language in every locale, so its language
    /// cannot be judged.
    /// </summary>
    public bool IsReferenceList { get; }

    public int Count(Script script) => _counts[(int)script];

    public int Count(ScriptSet scripts)
    {
        var count = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            if (scripts.Contains((Script)i)) count += _counts[i];
        }
        return count;
    }

    /// <summary>True when both texts keep the same characters (collisions of a 64-bit hash and equal length aside).</summary>
    public bool SameTextAs(Prose other) => Hash == other.Hash && Length == other.Length;

    public static Prose Of(string text) => Of(text, 0, text.Length);

    public static Prose Of(string text, int start, int end)
    {
        var counts = new int[Scripts.Count];
        var lines = new KeptLines(text, start, end);
        while (lines.MoveNext()) CountLine(lines.Current, counts);
        var letters = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            if (i != (int)Script.Common) letters += counts[i];
        }
        return new Prose(text, start, end, counts, letters, lines.IsReferenceList);
    }

    /// <summary>Hash and length of the kept text (a reference: read and written whole across threads).</summary>
    private sealed record Fingerprint(ulong Hash, int Length);

    private Fingerprint Print => _fingerprint ??= Fingerprinted(_text, _start, _end);

    private static Fingerprint Fingerprinted(string text, int start, int end)
    {
        var state = new HashState { Hash = FnvOffset };
        var lines = new KeptLines(text, start, end);
        while (lines.MoveNext()) HashLine(lines.Current, ref state);
        return new Fingerprint(state.Hash, state.Length);
    }

    /// <summary>
    /// The lines whose text counts: not fenced code, not score lines, not reference-list entries.
    /// Also tallies what tells a reference list.
    /// </summary>
    private ref struct KeptLines(string text, int start, int end)
    {
        private readonly string _text = text;
        private readonly int _end = end;
        private int _offset = start;
        private CodeFence _fence;
        private int _items, _others, _urls;

        public ReadOnlySpan<char> Current { get; private set; }

        public readonly bool IsReferenceList => _urls > 0 && _items > _others;

        public bool MoveNext()
        {
            while (_offset < _end)
            {
                var newline = _text.IndexOf('\n', _offset, _end - _offset);
                var lineEnd = newline < 0 ? _end : newline;
                var line = _text.AsSpan(_offset, lineEnd - _offset).Trim();
                _offset = lineEnd + 1;
                if (_fence.IsCode(line))
                {
                    continue;
                }
                if (!line.IsEmpty && !line.StartsWith("$$"))
                {
                    var hasUrl = HasUrl(line);
                    if (hasUrl) _urls++;
                    var item = IsListItem(line);
                    if (item) _items++;
                    else if (HasLetter(line)) _others++;
                    var referenceEntry = line[0] is '[' or '［' && line.Length > 1 && NumberText.IsDigit(line[1]) || (hasUrl && item);
                    if (referenceEntry) continue;
                    Current = line;
                    return true;
                }
            }
            return false;
        }
    }

    private struct HashState
    {
        public ulong Hash;
        public int Length;
        public bool PendingSpace;

        public void Add(char c)
        {
            if (PendingSpace) Mix(' ');
            PendingSpace = false;
            Mix(c);
        }

        public void Space() => PendingSpace = Length > 0;

        private void Mix(char c)
        {
            Hash = (Hash ^ c) * FnvPrime;
            Length++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CountLine(ReadOnlySpan<char> line, int[] counts)
    {
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            var kind = ProseCharacters.BlockOf(c)[c & 0xFF];
            if (kind == ProseCharacters.MayStartSkip)
            {
                if (Skipped(line, i) is var next && next > i)
                {
                    i = next;
                    continue;
                }
                kind = (byte)ProseCharacters.ScriptOfCandidate(c);
            }
            if (kind != ProseCharacters.Space) counts[kind]++;
            i++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void HashLine(ReadOnlySpan<char> line, ref HashState state)
    {
        state.Space(); // the line break between kept lines
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c is '`' or 'h' or '[' or '［' && Skipped(line, i) is var next && next > i)
            {
                i = next;
                continue;
            }
            if (c <= ' ' || (c >= 0x80 && char.IsWhiteSpace(c))) state.Space();
            else state.Add(c);
            i++;
        }
    }

    /// <summary>
    /// Where a piece of text left out of the prose ends, when one starts at <paramref name="i"/>
    /// (a code span, a URL, a reference marker); <paramref name="i"/> itself when none does.
    /// </summary>
    private static int Skipped(ReadOnlySpan<char> line, int i)
    {
        var c = line[i];
        if (c == '`')
        {
            var close = line[(i + 1)..].IndexOf('`');
            return close >= 0 ? i + close + 2 : i;
        }
        if (c == 'h')
        {
            if (!line[i..].StartsWith("http://") && !line[i..].StartsWith("https://")) return i;
            while (i < line.Length && line[i] > ' ' && line[i] < 0x7F) i++;
            return i;
        }
        return IsMarkerAt(line, i, out var end) ? end : i;
    }

    /// <summary>Whether the line has <c>http://</c> or <c>https://</c>: one search for the rarer "://", then a look before it.</summary>
    private static bool HasUrl(ReadOnlySpan<char> line)
    {
        var from = 0;
        while (line[from..].IndexOf("://") is var at and >= 0)
        {
            var colon = from + at;
            if (line[..colon].EndsWith("http") || line[..colon].EndsWith("https")) return true;
            from = colon + 1;
        }
        return false;
    }

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
