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

    /// <summary>Baseline files store these hashes: a new way of computing them must give the same values.</summary>
    [Theory]
    [InlineData("  The Acme One\n is a  small speaker.\n", "e125460f60993fc0c34f115f")]
    [InlineData("小型の\nスピーカーです。 音は 良い。", "2b6b167359b93e03fb80b0f2")]
    [InlineData("cafe\u0301 — Ω 16\u2126\n\n", "abedfcc84ae0eb43f56cdc37")]
    [InlineData("   \n\t ", "e3b0c44298fc1c149afbf4c8")]
    [InlineData("", "e3b0c44298fc1c149afbf4c8")]
    public void Hashes_are_the_values_stored_baselines_hold(string text, string hash)
    {
        Assert.Equal(hash, SectionText.Hash(text));
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
