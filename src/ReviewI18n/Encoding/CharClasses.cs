namespace ReviewI18n.Encodings;

/// <summary>The invisible and control characters the encoding rules look for.</summary>
public static class CharClasses
{
    /// <summary>
    /// Per character, whether it may be a control, bidi, invisible or replacement finding. A plain
    /// table read (not SearchValues): the generic vectorised search is slow until the JIT has
    /// tiered it up, and a CLI run is over before that.
    /// </summary>
    public static readonly bool[] Suspects = BuildSuspects();

    /// <summary>Embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069) and the bidi marks.</summary>
    public static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    /// <summary>C0 controls other than tab, line feed and carriage return; DEL; C1 controls.</summary>
    public static bool IsControl(char c) => c is (< '\u0020' and not '\t' and not '\n' and not '\r') or (>= '\u007F' and <= '\u009F');

    /// <summary>Characters that show nothing: zero-width spaces and joiners, soft hyphen, word joiner, fillers, a stray BOM.</summary>
    public static bool IsInvisible(char c) => c is '\u00AD' or '\u034F' or '\u115F' or '\u1160' or '\u17B4' or '\u17B5' or '\u180E'
        or (>= '\u200B' and <= '\u200D') or (>= '\u2060' and <= '\u2064') or (>= '\u206A' and <= '\u206F') or '\u3164' or '\uFEFF' or '\uFFA0';

    /// <summary>
    /// A zero-width joiner inside an emoji sequence (👨‍👩‍👧) and a non-joiner in the scripts that
    /// need it (Persian, the Indic scripts) are meant; everywhere else they are leftovers.
    /// </summary>
    public static bool IsMeantJoiner(string text, int i)
    {
        var c = text[i];
        if (c is not ('\u200C' or '\u200D')) return false;
        var before = i > 0 ? text[i - 1] : ' ';
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        if (c == '\u200D' && (char.IsSurrogate(before) || char.IsSurrogate(after) || before is '\uFE0F' or (>= '\u2600' and <= '\u27BF'))) return true;
        return IsJoiningScript(before) || IsJoiningScript(after);
    }

    private static bool IsJoiningScript(char c) => c is (>= '\u0600' and <= '\u06FF') or (>= '\u0900' and <= '\u0DFF');

    private static bool[] BuildSuspects()
    {
        var table = new bool[0x10000];
        for (var c = 0; c < 0x10000; c++)
        {
            var ch = (char)c;
            table[c] = IsControl(ch) || IsBidiControl(ch) || IsInvisible(ch) || ch == '\uFFFD';
        }
        return table;
    }
}
