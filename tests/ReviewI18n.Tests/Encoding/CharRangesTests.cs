using ReviewI18n.Text;

namespace ReviewI18n.Tests.Encodings;

/// <summary>The character ranges searched in place of the generic <c>*InRange</c> methods must hold exactly their range.</summary>
public sealed class CharRangesTests
{
    public static TheoryData<string, char, char> Ranges => new()
    {
        { nameof(CharRanges.AsciiDigits), '0', '9' },
        { nameof(CharRanges.PrintableAscii), '!', '~' },
        { nameof(CharRanges.C1Controls), '\u0080', '\u009F' },
        { nameof(CharRanges.Surrogates), '\uD800', '\uDFFF' },
        { nameof(CharRanges.FullWidthDigits), '０', '９' },
        { nameof(CharRanges.FullWidthDigitsToBracket), '０', '［' },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Each_range_holds_its_characters_and_no_other(string name, char first, char last)
    {
        var values = (System.Buffers.SearchValues<char>)typeof(CharRanges).GetField(name)!.GetValue(null)!;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.True(values.Contains((char)c) == (c >= first && c <= last), $"{name}: U+{c:X4}");
        }
    }

    [Fact]
    public void The_script_count_covers_every_script()
    {
        Assert.Equal(Scripts.Count, Enum.GetValues<Script>().Length);
        Assert.Equal(Scripts.Count - 1, (int)Enum.GetValues<Script>().Max());
    }
}
