using ReviewI18n.Content;

namespace ReviewI18n.Encodings;

/// <summary>
/// Applies text edits to a file's bytes and changes no other byte: untouched stretches are copied
/// from the original, so invalid bytes, line endings and everything else outside an edit stay
/// exactly as they were. Character offsets map to byte offsets by counting UTF-8 lengths, with
/// each decoder U+FFFD standing for the invalid bytes it replaced.
/// </summary>
public static class ByteEditor
{
    public static byte[] Apply(byte[] bytes, DecodedText decoded, IReadOnlyList<TextEdit> edits, bool removeBom)
    {
        var text = decoded.Text;
        var output = new MemoryStream(bytes.Length);
        if (decoded.HasBom && !removeBom) output.Write(bytes, 0, decoded.ByteStart);
        var invalid = decoded.InvalidBytes;
        var invalidIndex = 0;
        var source = decoded.ByteStart;
        var charPos = 0;

        int ByteLength(int from, int to)
        {
            var length = 0;
            var k = from;
            while (invalidIndex < invalid.Count && invalid[invalidIndex].CharOffset < from) invalidIndex++;
            while (invalidIndex < invalid.Count && invalid[invalidIndex].CharOffset < to)
            {
                var run = invalid[invalidIndex++];
                length += System.Text.Encoding.UTF8.GetByteCount(text.AsSpan(k, run.CharOffset - k)) + run.ByteLength;
                k = run.CharOffset + CharsOf(bytes, run);
            }
            return length + System.Text.Encoding.UTF8.GetByteCount(text.AsSpan(k, to - k));
        }

        foreach (var edit in edits)
        {
            var keep = ByteLength(charPos, edit.Start);
            output.Write(bytes, source, keep);
            source += keep + ByteLength(edit.Start, edit.End);
            output.Write(System.Text.Encoding.UTF8.GetBytes(edit.Replacement));
            charPos = edit.End;
        }
        output.Write(bytes, source, bytes.Length - source);
        return output.ToArray();
    }

    /// <summary>
    /// How many U+FFFD the decoder wrote for a run: one per bad sequence, even when adjacent
    /// sequences are recorded as one run.
    /// </summary>
    private static int CharsOf(byte[] bytes, InvalidByteRun run)
    {
        var span = bytes.AsSpan(run.ByteOffset, run.ByteLength);
        var count = 0;
        while (!span.IsEmpty)
        {
            System.Text.Rune.DecodeFromUtf8(span, out _, out var consumed);
            span = span[Math.Max(consumed, 1)..];
            count++;
        }
        return count;
    }
}
