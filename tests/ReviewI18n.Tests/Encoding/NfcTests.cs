using System.Globalization;
using System.Text;
using ReviewI18n.Encodings;

namespace ReviewI18n.Tests.Encodings;

/// <summary>not-nfc repairs give back the NFC form, segment by segment.</summary>
public sealed class NfcTests
{
    [Theory]
    [InlineData("か\u3099", "が")]
    [InlineData("ハ\u309A", "パ")]
    [InlineData("e\u0301", "é")]
    [InlineData("a\u0323\u0302", "ậ")]
    [InlineData("a\u0302\u0323", "ậ")]
    [InlineData("\u2126", "Ω")]
    [InlineData("\u212B", "Å")]
    [InlineData("\u1100\u1161\u11A8", "각")]
    [InlineData("\uF900", "豈")]
    [InlineData("plain ASCII", "plain ASCII")]
    [InlineData("がé各", "がé各")]
    public void Normalizes_to_nfc(string input, string expected)
    {
        Assert.Equal(expected, Repaired(input));
    }

    [Fact]
    public void The_table_built_from_blocks_agrees_with_asking_about_each_character()
    {
        for (var c = 0; c < 65536; c++)
        {
            var ch = (char)c;
            var continues = ch is (>= '\u1161' and <= '\u1175') or (>= '\u11A8' and <= '\u11C2')
                || CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
            var expected = !char.IsSurrogate(ch) && c >= 0x300 && (continues || !IsNormalizedAlone(ch));
            Assert.True(expected == NfcScanner.MayChange[c], $"U+{c:X4}");
        }
    }

    private static bool IsNormalizedAlone(char c)
    {
        try
        {
            return c.ToString().IsNormalized(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private static string Repaired(string text)
    {
        var issues = new List<EncodingIssue>();
        NfcScanner.Scan(text, issues);
        var result = new StringBuilder(text);
        foreach (var issue in issues.OrderByDescending(i => i.Start))
        {
            result.Remove(issue.Start, issue.Length).Insert(issue.Start, issue.Repaired);
        }
        return result.ToString();
    }
}
