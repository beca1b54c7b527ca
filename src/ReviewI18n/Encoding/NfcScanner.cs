using System.Globalization;
using System.Text;

namespace ReviewI18n.Encodings;

/// <summary>
/// Text that is not in Unicode NFC: decomposed voiced kana (か + U+3099), decomposed accents,
/// and singletons NFC replaces (U+2126 OHM SIGN becomes Ω). One issue per segment that changes,
/// a segment being a starter and the combining marks after it.
/// </summary>
internal static class NfcScanner
{
    public static void Scan(string text, List<EncodingIssue> issues)
    {
        if (text.IsNormalized(NormalizationForm.FormC)) return;
        var span = text.AsSpan();
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var nl = span[lineStart..].IndexOf('\n');
            var lineEnd = nl < 0 ? text.Length : lineStart + nl;
            var line = text[lineStart..lineEnd];
            if (!line.IsNormalized(NormalizationForm.FormC)) ScanLine(text, lineStart, lineEnd, issues);
            lineStart = lineEnd + 1;
        }
    }

    private static void ScanLine(string text, int start, int end, List<EncodingIssue> issues)
    {
        var i = start;
        while (i < end)
        {
            var segmentEnd = i + (char.IsHighSurrogate(text[i]) && i + 1 < end ? 2 : 1);
            while (segmentEnd < end && IsMark(text, segmentEnd)) segmentEnd++;
            var segment = text[i..segmentEnd];
            if (!segment.IsNormalized(NormalizationForm.FormC))
            {
                var normalized = segment.Normalize(NormalizationForm.FormC);
                if (issues.Count > 0 && issues[^1] is { Kind: EncodingIssueKind.NotNfc } last && last.End == i)
                {
                    issues[^1] = last with { Length = last.Length + segment.Length, Text = last.Text + segment, Repaired = last.Repaired + normalized };
                }
                else
                {
                    issues.Add(new EncodingIssue(EncodingIssueKind.NotNfc, i, segment.Length, segment) { Repaired = normalized, Certain = true });
                }
            }
            i = segmentEnd;
        }
    }

    private static bool IsMark(string text, int i) => CharUnicodeInfo.GetUnicodeCategory(text, i) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
