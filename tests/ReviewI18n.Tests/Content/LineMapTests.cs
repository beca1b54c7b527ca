using ReviewI18n.Content;

namespace ReviewI18n.Tests.Content;

public sealed class LineMapTests
{
    [Theory]
    [InlineData("ab\ncd", 0, 1, 1)]
    [InlineData("ab\ncd", 2, 1, 3)]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\r\ncd", 4, 2, 1)]
    [InlineData("\n\n\nx", 3, 4, 1)]
    public void Offsets_map_to_one_based_line_and_column(string text, int offset, int line, int column)
    {
        Assert.Equal((line, column), new LineMap(text).PositionOf(offset));
    }

    [Fact]
    public void Line_starts_are_offsets_of_first_characters()
    {
        var map = new LineMap("a\nbc\n");
        Assert.Equal(3, map.LineCount);
        Assert.Equal(2, map.LineStart(2));
    }
}
