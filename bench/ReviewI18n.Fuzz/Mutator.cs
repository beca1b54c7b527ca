using System.Text;

namespace ReviewI18n.Fuzz;

/// <summary>
/// Damages a review the ways real files get damaged and the ways a parser gets attacked: bytes
/// flipped, inserted, cut; lines doubled, dropped, swapped; YAML tokens and hostile characters
/// dropped into the front matter or the body; chunks repeated or spliced in from another file.
/// </summary>
public sealed class Mutator(Random random)
{
    private static readonly byte[] InterestingBytes = "\0\r\n\t:-#[]{}&*!|>'\"%@`,?"u8.ToArray().Concat(new byte[] { 0x80, 0xBF, 0xC3, 0xE3, 0xED, 0xEF, 0xF0, 0xFE, 0xFF, 0x1B }).ToArray();

    private static readonly string[] YamlLines =
    [
        "a: &x [1, 2]", "b: *x", "c: *missing", "<<: *x", "ref: ../../etc/passwd", "ref: a/b", "ref: [a, b]", "ref: {a: b}", "ref:", "ref: ''",
        "rating: {", "rating: [1e400, -0, .nan, .inf]", "rating: [[[[[[[[[[]]]]]]]]]]", "? complex key", "key: 'unterminated", "key: \"bad \\u12 escape\"",
        "tags: [a, [b, [c]]]", "---", "...", "date: !!binary aGVsbG8=", "date: !custom x", "%YAML 1.2", "\tref: x", "  - orphan item", "date: 2025-13-45",
        "title: |", "title: >-", "ref: ref", "ref: ref", "lang: ja", "lang: en", "permalink: /products/ja/x/", "company_id: [", "'key: value",
        "x: &a [*a]", "- top level list", "key: value # comment", "key: @reserved", "key: `reserved", "{a: 1}", "[1, 2]",
    ];

    private static readonly string[] Hostile =
    [
        "\u202E", "\u2066", "\u200B", "\uFEFF", "\uFFFD", "\0", "\u2028", "\u2029", "\u001b[31m", "\u001b]0;title\a", "\r", "\r\n", "\u0085",
        "\u3099", "\u309A", "か\u3099", "e\u0301", "\u0430", "ﾃｽﾄ", "縺ゅ≠", "Ã©", "Â ", "\U0001F600", "\t", "\"", "\\", "''",
        "## Overview", "## 概要", "## References", "```", "~~~", "Score: 4.5/5", "4.5", "https://example.com/a?b=c", "[^1]", "<script>",
    ];

    public byte[] Mutate(byte[] input, byte[] other)
    {
        var bytes = input;
        var count = 1 + random.Next(4);
        for (var i = 0; i < count; i++) bytes = MutateOnce(bytes, other);
        return bytes;
    }

    private byte[] MutateOnce(byte[] bytes, byte[] other)
    {
        switch (random.Next(13))
        {
            case 0 when bytes.Length > 0:
                bytes = (byte[])bytes.Clone();
                bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                return bytes;
            case 1:
                return Insert(bytes, random.Next(bytes.Length + 1), Enumerable.Range(0, 1 + random.Next(3)).Select(_ => InterestingBytes[random.Next(InterestingBytes.Length)]).ToArray());
            case 2 when bytes.Length > 0:
                {
                    var start = random.Next(bytes.Length);
                    var length = Math.Min(bytes.Length - start, 1 + random.Next(64));
                    return [.. bytes.AsSpan(0, start), .. bytes.AsSpan(start + length)];
                }
            case 3:
                return EditLines(bytes, lines => lines.Insert(random.Next(lines.Count + 1), lines.Count == 0 ? "" : lines[random.Next(lines.Count)]));
            case 4:
                return EditLines(bytes, lines => { if (lines.Count > 0) lines.RemoveAt(random.Next(lines.Count)); });
            case 5:
                return EditLines(bytes, lines =>
                {
                    if (lines.Count < 2) return;
                    var (a, b) = (random.Next(lines.Count), random.Next(lines.Count));
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                });
            case 6:
                // Front matter lives in the first lines: YAML tokens go there most of the time.
                return EditLines(bytes, lines => lines.Insert(random.Next(Math.Min(lines.Count, 15) + 1), YamlLines[random.Next(YamlLines.Length)]));
            case 7:
                return Insert(bytes, CharBoundary(bytes, random.Next(bytes.Length + 1)), Encoding.UTF8.GetBytes(Hostile[random.Next(Hostile.Length)]));
            case 8:
                return bytes[..random.Next(bytes.Length + 1)];
            case 9 when other.Length > 0:
                {
                    var start = random.Next(other.Length);
                    var length = Math.Min(other.Length - start, 1 + random.Next(2048));
                    return Insert(bytes, random.Next(bytes.Length + 1), other.AsSpan(start, length).ToArray());
                }
            case 10 when bytes.Length > 0:
                {
                    // Growth, bounded: a chunk repeated up to ~200 KB.
                    var start = random.Next(bytes.Length);
                    var chunk = bytes.AsSpan(start, Math.Min(bytes.Length - start, 1 + random.Next(200))).ToArray();
                    var times = 1 + random.Next(200_000 / chunk.Length);
                    return Insert(bytes, start, Enumerable.Repeat(chunk, times).SelectMany(c => c).ToArray());
                }
            case 11:
                // Lone surrogates, as a CESU-8 writer would leave them, and other invalid UTF-8.
                return Insert(bytes, random.Next(bytes.Length + 1), random.Next(3) switch { 0 => [0xED, 0xA0, 0x80], 1 => [0xC0, 0xAF], _ => [0xF4, 0x90, 0x80, 0x80] });
            case 12:
                return EditLines(bytes, lines => lines.Insert(random.Next(lines.Count + 1), new string(' ', random.Next(40)) + YamlLines[random.Next(YamlLines.Length)]));
            default:
                return bytes;
        }
    }

    private static byte[] Insert(byte[] bytes, int at, byte[] insert) => [.. bytes.AsSpan(0, at), .. insert, .. bytes.AsSpan(at)];

    /// <summary>Moves back to the start of a UTF-8 sequence, so a text insertion does not also split a character.</summary>
    private static int CharBoundary(byte[] bytes, int at)
    {
        while (at > 0 && at < bytes.Length && (bytes[at] & 0xC0) == 0x80) at--;
        return at;
    }

    private static byte[] EditLines(byte[] bytes, Action<List<string>> edit)
    {
        // Latin-1 maps bytes to chars one to one, so invalid UTF-8 survives the round trip (the YAML lines are ASCII).
        var lines = Encoding.Latin1.GetString(bytes).Split('\n').ToList();
        edit(lines);
        return Encoding.Latin1.GetBytes(string.Join('\n', lines));
    }
}
