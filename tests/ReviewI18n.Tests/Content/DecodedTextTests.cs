using ReviewI18n.Content;

namespace ReviewI18n.Tests.Content;

public sealed class DecodedTextTests
{
    [Fact]
    public void Valid_utf8_decodes_without_invalid_runs()
    {
        var decoded = DecodedText.Decode("Ω 日本"u8);
        Assert.Equal("Ω 日本", decoded.Text);
        Assert.Empty(decoded.InvalidBytes);
        Assert.False(decoded.HasBom);
    }

    [Fact]
    public void Bom_is_recorded_and_removed_from_the_text()
    {
        var decoded = DecodedText.Decode([0xEF, 0xBB, 0xBF, (byte)'a']);
        Assert.True(decoded.HasBom);
        Assert.Equal("a", decoded.Text);
        Assert.Equal(3, decoded.ByteStart);
    }

    [Fact]
    public void Invalid_bytes_never_throw_and_are_recorded_with_byte_and_char_offsets()
    {
        byte[] bytes = [(byte)'a', (byte)'b', 0xFF, 0xFE, (byte)'c', 0xE6, 0x97, (byte)'d'];
        var decoded = DecodedText.Decode(bytes);
        Assert.Equal(2, decoded.InvalidBytes.Count);
        Assert.Equal(new InvalidByteRun(2, 2, 2), decoded.InvalidBytes[0]);
        Assert.Equal(5, decoded.InvalidBytes[1].ByteOffset);
        Assert.Equal('\uFFFD', decoded.Text[decoded.InvalidBytes[1].CharOffset]);
        Assert.EndsWith("d", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Byte_offsets_of_invalid_runs_count_the_bom()
    {
        var decoded = DecodedText.Decode([0xEF, 0xBB, 0xBF, (byte)'x', 0xC0]);
        Assert.Equal(4, decoded.InvalidBytes.Single().ByteOffset);
    }
}

public sealed class DocumentBytesTests
{
    private static readonly ReviewI18n.Configuration.CollectionConfig Products = new("products", "p/{locale}", null);

    [Theory]
    [InlineData(new byte[] { 0x2D, 0x2D, 0x2D, 0x0A, 0xE6, 0x97, 0xA5, 0x0D, 0x0A })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x61, 0xCE, 0xA9 })]
    [InlineData(new byte[] { 0x61, 0xFF, 0x62, 0xE6, 0x97 })]
    [InlineData(new byte[] { })]
    public void Bytes_give_back_the_file_exactly(byte[] bytes)
    {
        var doc = DocumentReader.Read(bytes, "/s/p/en/x.md", "p/en/x.md", Products, "en");
        Assert.Equal(bytes, doc.Bytes);
    }
}
