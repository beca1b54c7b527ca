using ReviewI18n.Content;

namespace ReviewI18n.Encodings;

/// <summary>
/// Control, bidi, invisible and replacement characters. A table read per character skips clean text;
/// each hit becomes one issue per run of the same kind. A U+FFFD the decoder put in for invalid
/// bytes is invalid-utf8, not replacement-character; characters inside a mojibake run belong to it.
/// </summary>
internal static class CharacterScanner
{
    public static void Scan(string text, DecodedText? decoded, IReadOnlyList<MojibakeRun> mojibake, List<EncodingIssue> issues)
    {
        // The decoder writes one U+FFFD per bad sequence, and adjacent sequences share one run:
        // every U+FFFD from the run's start (at most one per byte) came from decoding.
        var invalidAt = decoded is { InvalidBytes.Count: > 0 } ? FromDecoding(text, decoded) : null;
        var suspects = CharClasses.Suspects;
        var i = 0;
        var m = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !suspects[text[i]]) i++;
            if (i == text.Length) break;
            while (m < mojibake.Count && mojibake[m].End <= i) m++;
            if (m < mojibake.Count && mojibake[m].Start <= i)
            {
                i = mojibake[m].End;
                continue;
            }
            var kind = KindOf(text, i, invalidAt);
            if (kind is null)
            {
                i++;
                continue;
            }
            var end = i + 1;
            while (end < text.Length && (m >= mojibake.Count || end < mojibake[m].Start) && KindOf(text, end, invalidAt) == kind) end++;
            issues.Add(new EncodingIssue(kind.Value, i, end - i, text[i..end]));
            i = end;
        }
    }

    private static HashSet<int> FromDecoding(string text, DecodedText decoded)
    {
        var offsets = new HashSet<int>();
        foreach (var run in decoded.InvalidBytes)
        {
            for (var k = run.CharOffset; k < text.Length && k < run.CharOffset + run.ByteLength && text[k] == '\uFFFD'; k++) offsets.Add(k);
        }
        return offsets;
    }

    private static EncodingIssueKind? KindOf(string text, int i, HashSet<int>? invalidAt)
    {
        var c = text[i];
        if (c == '\uFFFD') return invalidAt?.Contains(i) == true ? null : EncodingIssueKind.ReplacementCharacter;
        if (CharClasses.IsControl(c)) return EncodingIssueKind.ControlCharacter;
        if (CharClasses.IsBidiControl(c)) return EncodingIssueKind.BidiControl;
        if (CharClasses.IsInvisible(c) && !CharClasses.IsMeantJoiner(text, i)) return EncodingIssueKind.InvisibleCharacter;
        return null;
    }
}
