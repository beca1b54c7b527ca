using System.Globalization;
using System.Text;

namespace ReviewI18n.Encodings;

/// <summary>
/// Text that is not in Unicode NFC: decomposed voiced kana (か + U+3099), decomposed accents,
/// and singletons NFC replaces (U+2126 OHM SIGN becomes Ω). One issue per run of segments that
/// change, a segment being a starter and the marks that may combine with it. The normalization
/// itself is the runtime's (ICU).
/// </summary>
internal static class NfcScanner
{
    /// <summary>
    /// Per character, whether it may make a text not NFC: a combining mark or Hangul jamo that can
    /// compose with what precedes it, or a character NFC replaces. Read when the per-locale table
    /// that decides whether a text is scanned at all is built; one table serves every locale.
    /// </summary>
    public static readonly bool[] MayChange = BuildMayChange();

    /// <summary>
    /// Asks ICU about blocks of characters rather than about each one: a character NFC replaces
    /// can never stand in NFC text, so a block that is NFC holds none, and only a block that is
    /// not is split until the characters that make it so are found (a few hundred in the BMP).
    /// Marks and jamo are left out of the blocks: they would combine with their neighbours.
    /// </summary>
    private static bool[] BuildMayChange()
    {
        var table = new bool[65536];
        var starters = new char[65536 - 0x300];
        var count = 0;
        for (var c = 0x300; c < 65536; c++)
        {
            var ch = (char)c;
            if (char.IsSurrogate(ch)) continue;
            if (Continues(ch)) table[c] = true;
            else starters[count++] = ch;
        }
        MarkReplaced(starters.AsSpan(0, count), table);
        return table;
    }

    private static void MarkReplaced(ReadOnlySpan<char> block, bool[] table)
    {
        if (block.Length == 1)
        {
            table[block[0]] = !IsNormalized(block.ToString());
            return;
        }
        if (IsNormalizedBlock(block)) return;
        MarkReplaced(block[..(block.Length / 2)], table);
        MarkReplaced(block[(block.Length / 2)..], table);
    }

    /// <summary>Whether ICU calls a block NFC; when it cannot judge it, the block is split like one that is not.</summary>
    private static bool IsNormalizedBlock(ReadOnlySpan<char> block)
    {
        try
        {
            return block.IsNormalized(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static void Scan(string text, List<EncodingIssue> issues)
    {
        if (IsNormalized(text)) return;
        var i = 0;
        while (i < text.Length)
        {
            // A segment: a starter and everything that combines with it.
            var start = i;
            i += Width(text, i);
            while (i < text.Length && Continues(text[i])) i += Width(text, i);
            var segment = text[start..i];
            if (IsNormalized(segment)) continue;
            var normalized = segment.Normalize(NormalizationForm.FormC);
            if (issues.Count > 0 && issues[^1] is { Kind: EncodingIssueKind.NotNfc } last && last.End == start)
            {
                issues[^1] = last with { Length = last.Length + segment.Length, Text = last.Text + segment, Repaired = last.Repaired + normalized };
            }
            else
            {
                issues.Add(new EncodingIssue(EncodingIssueKind.NotNfc, start, segment.Length, segment) { Repaired = normalized, Certain = true });
            }
        }
    }

    /// <summary>A mark, or a Hangul vowel or final consonant jamo: it continues the segment before it.</summary>
    private static bool Continues(char c) =>
        c is (>= '\u1161' and <= '\u1175') or (>= '\u11A8' and <= '\u11C2')
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static int Width(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;

    /// <summary>NFC as ICU judges it; text with a lone surrogate (which NFC cannot judge) counts as normalized.</summary>
    private static bool IsNormalized(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
