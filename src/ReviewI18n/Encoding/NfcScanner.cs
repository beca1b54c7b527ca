using System.Runtime.CompilerServices;
using System.Globalization;

namespace ReviewI18n.Encodings;

/// <summary>
/// Text that is not in Unicode NFC: decomposed voiced kana (か + U+3099), decomposed accents,
/// and singletons NFC replaces (U+2126 OHM SIGN becomes Ω). One issue per run of segments that
/// change, a segment being a starter and the characters that may combine with it.
/// </summary>
internal static class NfcScanner
{
    // Runs over every character of every file: compiled optimised at once, not after tiering.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Scan(string text, List<EncodingIssue> issues)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!Nfc.MayChange(text[i]))
            {
                i++;
                continue;
            }
            // Back up to the segment's starter, then take it and everything that combines with it.
            var start = i;
            while (start > 0 && Nfc.Continues(CodePointAt(text, start))) start--;
            var end = i + (char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1);
            while (end < text.Length && Nfc.Continues(CodePointAt(text, end))) end += char.IsHighSurrogate(text[end]) && end + 1 < text.Length ? 2 : 1;
            var segment = text[start..end];
            var normalized = Nfc.Normalize(segment);
            if (!string.Equals(segment, normalized, StringComparison.Ordinal))
            {
                if (issues.Count > 0 && issues[^1] is { Kind: EncodingIssueKind.NotNfc } last && last.End == start)
                {
                    issues[^1] = last with { Length = last.Length + segment.Length, Text = last.Text + segment, Repaired = last.Repaired + normalized };
                }
                else
                {
                    issues.Add(new EncodingIssue(EncodingIssueKind.NotNfc, start, segment.Length, segment) { Repaired = normalized, Certain = true });
                }
            }
            i = end;
        }
    }

    /// <summary>The code point at <paramref name="index"/>; a lone surrogate stands for itself.</summary>
    private static int CodePointAt(string text, int index) =>
        char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]) ? char.ConvertToUtf32(text[index], text[index + 1]) : text[index];
}
