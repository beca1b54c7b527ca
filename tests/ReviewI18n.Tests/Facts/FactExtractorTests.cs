using ReviewI18n.Facts;

namespace ReviewI18n.Tests.Facts;

public sealed class FactExtractorTests
{
    [Fact]
    public void Finds_score_markers_urls_and_measurements_outside_code()
    {
        const string text = "$$ \\Large \\text{0.60} $$\n\nA 32Ω load at 1kHz gives 0.001% [1][12]; see https://example.com/a_(b).csv. `[9] 16Ω` is code.\n```\n[7] 8Ω\n```\n";
        var facts = FactExtractor.Extract(text, 0, text.Length);
        Assert.Equal("0.6", facts.Score?.Value);
        Assert.Equal(["1", "12"], facts.Markers.Select(m => m.Value));
        Assert.Equal(["https://example.com/a_(b).csv"], facts.Urls.Select(u => u.Value));
        Assert.Equal(["32Ω", "1kHz", "0.001%"], facts.Measurements.Select(m => m.Value));
    }

    [Fact]
    public void A_url_ends_at_japanese_text_and_model_numbers_are_not_measurements()
    {
        const string text = "https://example.com/x（第三者測定） MDR-1AM2 v2.5mm 20Hz-20kHz ６Ω 5.25-inch";
        var facts = FactExtractor.Extract(text, 0, text.Length);
        Assert.Equal(["https://example.com/x"], facts.Urls.Select(u => u.Value));
        Assert.Equal(["20Hz", "20kHz", "6Ω"], facts.Measurements.Select(m => m.Value));
    }

    [Fact]
    public void A_link_whose_text_is_a_number_is_not_a_marker()
    {
        const string text = "See [1](https://example.com) and [2].";
        Assert.Equal(["2"], FactExtractor.Extract(text, 0, text.Length).Markers.Select(m => m.Value));
    }

    [Theory]
    [InlineData("see https://example.com/a.", "https://example.com/a")]
    [InlineData("xhttp://example.com/b", "http://example.com/b")]
    [InlineData("`a`http://example.com/c", "http://example.com/c")]
    [InlineData("[3]https://example.com/d（注）", "https://example.com/d")]
    [InlineData("(https://example.com/e_(f)) and more", "https://example.com/e_(f)")]
    [InlineData("<http://example.com/g>", "http://example.com/g")]
    public void Urls_are_found_wherever_they_start(string text, string url) =>
        Assert.Equal([url], FactExtractor.Extract(text, 0, text.Length).Urls.Select(u => u.Value));

    [Theory]
    [InlineData("`xhttp`://example.com/a")]
    [InlineData("https:/example.com and http: //example.com")]
    [InlineData("ftp://example.com")]
    public void No_url_where_the_scheme_is_code_or_incomplete(string text) =>
        Assert.Empty(FactExtractor.Extract(text, 0, text.Length).Urls);

    [Fact]
    public void Facts_never_reach_across_a_line_break()
    {
        const string text = "a `code\nspan` 5\nmm [12\n] 3 kHz\n[４]\n20 ％";
        var facts = FactExtractor.Extract(text, 0, text.Length);
        Assert.Equal(["4"], facts.Markers.Select(m => m.Value));
        Assert.Equal(["3kHz", "20%"], facts.Measurements.Select(m => m.Value));
    }

    [Fact]
    public void Only_the_first_score_line_outside_fences_is_the_score()
    {
        const string text = "```\n$$ \\Large \\text{0.1} $$\n```\n  $$ \\Large \\text{０．５０} $$\n$$ \\Large \\text{0.9} $$\n";
        var facts = FactExtractor.Extract(text, 0, text.Length);
        Assert.Equal("0.5", facts.Score?.Value);
        Assert.Equal(text.IndexOf("$$ \\Large \\text{０", StringComparison.Ordinal), facts.Score?.Offset);
    }
}
