using ReviewI18n.Glossary;

namespace ReviewI18n.Tests.Glossary;

public sealed class HeadingTextTests
{
    [Theory]
    [InlineData("References", "references")]
    [InlineData("References (accessed 2025-08-14)", "references")]
    [InlineData("References  *(accessed 2025-08-29)*", "references")]
    [InlineData("参考情報（外部）", "参考情報")]
    [InlineData("参考情報  *（最終確認 2025-08-29）*", "参考情報")]
    [InlineData("参考文献（References）", "参考文献")]
    [InlineData("Technology Level  ", "technology level")]
    [InlineData("Reliability &  Support:", "reliability & support")]
    public void Normalize_drops_notes_emphasis_and_case(string heading, string expected) =>
        Assert.Equal(expected, HeadingText.Normalize(heading));

    [Fact]
    public void A_heading_that_is_only_a_bracket_is_kept() => Assert.Equal("(notes)", HeadingText.Normalize("(Notes)"));
}
