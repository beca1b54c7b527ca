using System.Globalization;
using ReviewI18n.Facts;

namespace ReviewI18n.Tests.Facts;

public sealed class NumberTextTests
{
    [Theory]
    [InlineData("0.60", "0.6")]
    [InlineData("36,950", "36950")]
    [InlineData("３６，９５０", "36950")]
    [InlineData("１．０", "1")]
    [InlineData("0.0", "0")]
    [InlineData("000", "0")]
    [InlineData("007", "7")]
    [InlineData("00.50", "0.5")]
    [InlineData("12.000", "12")]
    [InlineData("5.", "5")]
    [InlineData(".5", "0.5")]
    [InlineData("-0.50", "-0.5")]
    [InlineData("－１．５０", "-1.5")]
    [InlineData("1.2.3", "1.2.3")]
    [InlineData("1_000", "1000")]
    [InlineData("12345678901234567890.123456", "12345678901234567890.123456")]
    [InlineData("0.000000000000000000000000001", "0")]
    [InlineData("99999999999999999999999999999999", "99999999999999999999999999999999")]
    public void Plain_and_unusual_numbers_normalize(string written, string expected) => Assert.Equal(expected, NumberText.Normalize(written));

    [Fact]
    public void A_unit_is_appended_to_the_canonical_number()
    {
        Assert.Equal("0.78mm", NumberText.Normalize("0.780", "mm"));
        Assert.Equal("20kHz", NumberText.Normalize("２０", "kHz"));
        Assert.Equal("-3dB", NumberText.Normalize("-3.0", "dB"));
    }

    [Fact]
    public void Small_numbers_are_shared_strings()
    {
        Assert.Same(NumberText.Normalize("12"), NumberText.Normalize("１２"));
        Assert.Same(NumberText.Normalize("7"), NumberText.Normalize("07.0"));
    }

    /// <summary>
    /// The canonical text is what decimal parsing and formatting make of the folded number: the
    /// hand-written trimming must agree with it on every input, not only on the figures above.
    /// </summary>
    [Fact]
    public void Agrees_with_decimal_formatting_on_generated_numbers()
    {
        const string alphabet = "00123456789.,-+０９．，－_ x";
        var random = new Random(20261121);
        for (var n = 0; n < 50_000; n++)
        {
            var length = random.Next(0, n % 10 == 0 ? 36 : 8);
            var written = new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.Equal(ByDecimal(written), NumberText.Normalize(written));
        }
    }

    private static string ByDecimal(string written)
    {
        var folded = new string(written.Select(NumberText.Fold).Where(c => c is not (',' or '_' or ' ')).ToArray());
        return decimal.TryParse(folded, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value.ToString("0.##########################", CultureInfo.InvariantCulture)
            : folded;
    }
}
