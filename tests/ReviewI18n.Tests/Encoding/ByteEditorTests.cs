using ReviewI18n.Content;
using ReviewI18n.Encodings;

namespace ReviewI18n.Tests.Encodings;

/// <summary>Repairs change the bytes they repair and no other byte.</summary>
public sealed class ByteEditorTests
{
    private static readonly LocaleScripts English = LocaleScripts.Default("en", "en", "ja");

    [Fact]
    public void Invalid_bytes_survive_a_repair_next_to_them()
    {
        byte[] bytes = [.. "Bad "u8, 0xFF, 0xFE, .. " then 16"u8, .. "Î©"u8, .. "\r\nend\n"u8];
        var decoded = DecodedText.Decode(bytes);

        var (repaired, _) = EncodingRepairPlanner.Repair(bytes, decoded, EncodingScanner.Scan(decoded, English), English);

        // The two invalid bytes stay; the mojibake is repaired; the lone CRLF becomes LF like the other line.
        Assert.Equal([.. "Bad "u8, 0xFF, 0xFE, .. " then 16"u8, .. "Ω"u8, .. "\nend\n"u8], repaired);
    }

    [Fact]
    public void A_bom_is_removed_and_nothing_else_changes()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. "---\nref: x\n---\nText\n"u8];
        var decoded = DecodedText.Decode(bytes);

        var (repaired, _) = EncodingRepairPlanner.Repair(bytes, decoded, EncodingScanner.Scan(decoded, English), English);

        Assert.Equal("---\nref: x\n---\nText\n"u8.ToArray(), repaired);
    }

    [Fact]
    public void A_second_repair_changes_nothing()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("\uFEFFA 16Î© driver\u200B, Ã‚Â½ and ฮฉ.\r\nSecond line\n");
        var decoded = DecodedText.Decode(bytes);
        var (once, onceDecoded) = EncodingRepairPlanner.Repair(bytes, decoded, EncodingScanner.Scan(decoded, English), English);

        var again = EncodingScanner.Scan(onceDecoded, English);

        Assert.False(again.HasRepairs);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes("A 16Ω driver, ½ and Ω.\nSecond line\n"), once);
    }
}
