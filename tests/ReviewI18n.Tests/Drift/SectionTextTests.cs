using ReviewI18n.Drift;
using ReviewI18n.Baselines;

namespace ReviewI18n.Tests.Drift;

public sealed class SectionTextTests
{
    [Theory]
    [InlineData("A long sentence\nwrapped here.", "A long sentence wrapped here.")]
    [InlineData("  spaced   out \n\n", "spaced out")]
    [InlineData("日本語の\n文章です。", "日本語の文章です。")]
    [InlineData("Sony の\nWH-1000", "Sony の WH-1000")]
    public void Rewrapping_and_respacing_do_not_change_the_normalized_text(string text, string normalized)
    {
        Assert.Equal(normalized, SectionText.Normalize(text));
    }

    [Fact]
    public void Decomposed_and_composed_kana_hash_the_same()
    {
        Assert.Equal(SectionText.Hash("ガ"), SectionText.Hash("カ\u3099"));
    }

    [Fact]
    public void A_changed_word_or_number_changes_the_hash()
    {
        var before = SectionText.Hash("The price is 139 USD.");
        Assert.NotEqual(before, SectionText.Hash("The price is 149 USD."));
        Assert.NotEqual(before, SectionText.Hash("The cost is 139 USD."));
        Assert.Equal(before, SectionText.Hash("The price is\n139 USD. "));
    }
}

public sealed class WordDiffTests
{
    [Fact]
    public void A_changed_number_shows_as_removed_and_added()
    {
        var diff = WordDiff.Render(WordDiff.Compute("The price is 139 USD today.", "The price is 149 USD today."));
        Assert.Equal("The price is [-139-]{+149+} USD today.", diff);
    }

    [Fact]
    public void Japanese_is_diffed_per_character()
    {
        var diff = WordDiff.Render(WordDiff.Compute("音質は良い。", "音質は悪い。"));
        Assert.Equal("音質は[-良-]{+悪+}い。", diff);
    }

    [Fact]
    public void Long_unchanged_runs_are_shortened()
    {
        var words = string.Join(' ', Enumerable.Range(0, 50).Select(i => $"w{i}"));
        var diff = WordDiff.Render(WordDiff.Compute(words + " old", words + " new"), context: 10);
        Assert.StartsWith("…", diff, StringComparison.Ordinal);
        Assert.EndsWith("[-old-]{+new+}", diff, StringComparison.Ordinal);
        Assert.True(diff.Length < 40);
    }

    [Fact]
    public void Decimal_numbers_are_one_token()
    {
        Assert.Equal(["0.5", " ", "and", " ", "1,000"], WordDiff.Tokenize("0.5 and 1,000"));
    }
}
