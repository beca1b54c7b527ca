using ReviewI18n.Drift;
using ReviewI18n.Baselines;

namespace ReviewI18n.Tests.Drift;

public sealed class ChangeTokenizerTests
{
    private static string Show(string text) =>
        string.Join(" | ", ChangeTokenizer.Tokenize(text).Select(t => $"{t.Kind.ToString()[0]}:{t.Value}"));

    [Theory]
    [InlineData("priced at 44,000 JPY today", "W:priced | W:at | P:44000 JPY | W:today")]
    [InlineData("($1,600, THD+N -118dB)", "P:1600 USD | W:thd | W:n | F:118dB")]
    [InlineData("CP = $900 ÷ $1,600 = 0.56", "W:cp | P:900 USD | P:1600 USD | F:0.56")]
    [InlineData("USD 60 or 60 USD or 60USD", "P:60 USD | W:or | P:60 USD | W:or | P:60 USD")]
    [InlineData("70,000-80,000 yen", "P:70000 JPY | P:80000 JPY")]
    [InlineData("10 to 20 dollars", "P:10 USD | W:to | P:20 USD")]
    [InlineData("1 million yen", "P:1000000 JPY")]
    [InlineData("約3万円", "W:約 | P:30000 JPY")]
    [InlineData("a 40mm driver, 47 mm later", "W:a | F:40mm | W:driver | F:47mm | W:later")]
    [InlineData("Sony WH-1000XM4 and HD-6XX", "W:sony | W:wh | W:1000xm4 | W:and | W:hd | W:6xx")]
    [InlineData("see [3] and [link](https://example.com/a_(b)).", "W:see | M:3 | W:and | W:link | U:https://example.com/a_(b)")]
    [InlineData("prices in yen", "W:prices | W:in | W:yen")]
    public void Reads_words_figures_and_prices(string text, string expected) => Assert.Equal(expected, Show(text));

    [Theory]
    [InlineData("$$ \\Large \\text{0.40} $$")]
    [InlineData("Score: 0.4")]
    [InlineData("**Cost-performance score: 0.4**")]
    public void Reads_every_form_of_the_score_line(string line) => Assert.Equal("S:0.4", Show(line));

    [Fact]
    public void Fenced_code_is_read_whole_and_a_longer_fence_holds_a_shorter_one()
    {
        var text = "~~~~\n```\nx = 1\n~~~~\nafter 40mm";
        Assert.Equal("C:``` | C:x = 1 | W:after | F:40mm", Show(text));
    }
}
