using ReviewI18n.Text;

namespace ReviewI18n.Sections;

/// <summary>
/// What counting prose does with each character: add it to a script, pass over it (white
/// space), or look whether it starts text left out of the prose (a code span, a URL, a marker).
/// A table per block of 256 characters, each classified on first use: one lookup per character
/// instead of a chain of tests whose outcome flips with every switch between kana, kanji and
/// punctuation in Japanese prose. Scripts come from <see cref="ScriptClassifier"/>, the one answer.
/// </summary>
internal static class ProseCharacters
{
    /// <summary>White space: not counted. Values below it are <see cref="Script"/>s.</summary>
    public const byte Space = (byte)Script.Other + 1;

    /// <summary>May start text left out of the prose (<c>`</c>, <c>h</c>, <c>[</c>, <c>［</c>).</summary>
    public const byte MayStartSkip = Space + 1;

    private static readonly byte[]?[] Blocks = new byte[256][];

    /// <summary>The classes of the block of <paramref name="c"/>, indexed by its low byte.</summary>
    public static byte[] BlockOf(char c) => Blocks[c >> 8] ?? Classify(c >> 8);

    /// <summary>The script a skip candidate counts as when it starts nothing.</summary>
    public static Script ScriptOfCandidate(char c) => c == 'h' ? Script.Latin : Script.Common;

    // Two threads may classify one block at once: both tables are equal, and either may stay.
    private static byte[] Classify(int block)
    {
        var classes = new byte[256];
        for (var low = 0; low < classes.Length; low++) classes[low] = Of((char)(block << 8 | low));
        Blocks[block] = classes;
        return classes;
    }

    private static byte Of(char c) => c switch
    {
        '`' or 'h' or '[' or '［' => MayStartSkip,
        <= ' ' => Space,
        < (char)0x80 => (byte)(char.IsAsciiLetter(c) ? Script.Latin : Script.Common),
        _ when char.IsWhiteSpace(c) => Space,
        _ => (byte)ScriptClassifier.Of(c),
    };
}
