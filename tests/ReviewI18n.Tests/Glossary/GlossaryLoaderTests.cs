using ReviewI18n.Configuration;
using ReviewI18n.Glossary;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Glossary;

public sealed class GlossaryLoaderTests
{
    [Fact]
    public void A_missing_folder_is_an_empty_glossary()
    {
        var glossary = GlossaryLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-glossary-" + Guid.NewGuid().ToString("N")));
        Assert.False(glossary.Exists);
        Assert.Null(glossary.Match("en", "Overview"));
    }

    [Fact]
    public void Headings_match_by_own_locale_then_any_locale()
    {
        using var site = new TempSite(config: null);
        site.Write("glossary/headings.yml", "references: { localized: true, en: [References, Sources], ja: [参考情報, 出典] }\nscore: { rating: 1, en: Score, ja: 評価 }\n");
        var glossary = GlossaryLoader.Load(site.PathOf("glossary"));
        Assert.Equal("references", glossary.Match("ja", "出典（外部）")?.Key);
        Assert.Equal("references", glossary.Match("ja", "References")?.Key);
        Assert.True(glossary.Match("en", "Sources")!.Localized);
        Assert.Equal(1, glossary.EntryFor("score")!.RatingIndex);
        Assert.Null(glossary.Match("en", "Summary"));
    }

    [Theory]
    [InlineData("headings.yml", "overview:\n  en: Overview\n ja: 概要\n", 3)]
    [InlineData("headings.yml", "overview: Overview\n", 1)]
    [InlineData("headings.yml", "a: { en: Same }\nb:\n  en: Same\n", 3)]
    [InlineData("headings.yml", "a: { rating: first, en: A }\n", 1)]
    [InlineData("terms.yml", "- { en: crosstalk, ja: クロストーク }\n- crosstalk\n", 2)]
    public void A_malformed_file_is_a_configuration_error_naming_file_and_line(string file, string text, int line)
    {
        using var site = new TempSite(config: null);
        site.Write("glossary/" + file, text);
        var ex = Assert.Throws<ConfigurationException>(() => GlossaryLoader.Load(site.PathOf("glossary")));
        Assert.EndsWith(file, ex.File);
        Assert.Equal(line, ex.Line);
    }

    [Fact]
    public void A_file_the_yaml_scanner_gives_up_on_is_still_a_configuration_error()
    {
        using var site = new TempSite(config: null);
        site.Write("glossary/headings.yml", "overview: { en: Overview\nadvice: x\n");
        var ex = Assert.Throws<ConfigurationException>(() => GlossaryLoader.Load(site.PathOf("glossary")));
        Assert.EndsWith("headings.yml", ex.File);
    }

    [Fact]
    public async Task Check_with_a_malformed_glossary_exits_2_and_names_the_file()
    {
        using var site = new TempSite();
        site.Write("glossary/headings.yml", "overview: [Overview\n");
        site.Write("content/en/products/a/one.md", TempSite.Review("ref: one"));
        var result = await site.RunAsync("check");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("glossary/headings.yml:", result.Error);
    }
}
