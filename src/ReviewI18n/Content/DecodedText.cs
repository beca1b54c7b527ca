using System.Text;
using System.Text.Unicode;

namespace ReviewI18n.Content;

/// <summary>A byte sequence the decoder could not read as UTF-8: where it starts in the bytes and in the text.</summary>
public readonly record struct InvalidByteRun(int ByteOffset, int CharOffset, int ByteLength);

/// <summary>
/// The text of a file decoded as UTF-8 without ever throwing. Invalid bytes become U+FFFD in
/// <see cref="Text"/> and are recorded in <see cref="InvalidBytes"/>, so checks can tell a
/// decoding failure from a U+FFFD that was really written in the file.
/// </summary>
public sealed class DecodedText
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private DecodedText(string text, bool hasBom, IReadOnlyList<InvalidByteRun> invalid)
    {
        Text = text;
        HasBom = hasBom;
        InvalidBytes = invalid;
    }

    /// <summary>The decoded text, without the byte order mark.</summary>
    public string Text { get; }

    public bool HasBom { get; }

    public IReadOnlyList<InvalidByteRun> InvalidBytes { get; }

    /// <summary>Offset in the bytes where the text starts (3 after a BOM).</summary>
    public int ByteStart => HasBom ? 3 : 0;

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        var hasBom = bytes.StartsWith(Bom);
        var body = hasBom ? bytes[3..] : bytes;
        if (Utf8.IsValid(body))
        {
            return new DecodedText(Encoding.UTF8.GetString(body), hasBom, []);
        }
        return DecodeSlow(body, hasBom);
    }

    private static DecodedText DecodeSlow(ReadOnlySpan<byte> body, bool hasBom)
    {
        var builder = new StringBuilder(body.Length);
        var invalid = new List<InvalidByteRun>();
        var offset = 0;
        Span<char> chars = stackalloc char[2];
        while (offset < body.Length)
        {
            var status = Rune.DecodeFromUtf8(body[offset..], out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                var n = rune.EncodeToUtf16(chars);
                builder.Append(chars[..n]);
            }
            else
            {
                // Merge adjacent bad sequences into one run so one damaged spot is one finding.
                if (invalid.Count > 0 && invalid[^1].ByteOffset + invalid[^1].ByteLength == offset + (hasBom ? 3 : 0))
                {
                    var last = invalid[^1];
                    invalid[^1] = last with { ByteLength = last.ByteLength + consumed };
                }
                else
                {
                    invalid.Add(new InvalidByteRun(offset + (hasBom ? 3 : 0), builder.Length, consumed));
                }
                builder.Append('\uFFFD');
            }
            offset += Math.Max(consumed, 1);
        }
        return new DecodedText(builder.ToString(), hasBom, invalid);
    }
}
