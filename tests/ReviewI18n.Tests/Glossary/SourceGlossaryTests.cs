using ReviewI18n.Configuration;
using ReviewI18n.Facts;
using ReviewI18n.Glossary;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Glossary;

public sealed class SourceGlossaryTests
{
    [Fact]
    public void Sites_are_known_by_their_name_in_any_country()
    {
        var sources = SourceGlossary.Parse("""
            same:
              - [jvc.com, victor.jp]
            local:
              ja: [https://www.naspecaudio.com/]
            shops: [shimamusen.com]
            """);
        Assert.Contains(("jvc", "victor"), sources.SameNames);
        Assert.True(sources.IsLocal(SourceIdentity.Of("https://naspecaudio.com/maker/x")!, "ja"));
        Assert.False(sources.IsLocal(SourceIdentity.Of("https://naspecaudio.com/maker/x")!, "de"));
        Assert.True(sources.IsShop(SourceIdentity.Of("https://www.shimamusen.com/shopdetail/1")!));
    }

    [Theory]
    [InlineData("same: jvc.com", "line 1: expected a list of site lists")]
    [InlineData("local: [a.com]", "line 1: expected a mapping of locales to site lists")]
    [InlineData("sites: [a.com]", "line 1: expected same, local or shops")]
    public void A_file_of_the_wrong_shape_names_its_line(string yaml, string message)
    {
        var error = Assert.Throws<ConfigurationException>(() => SourceGlossary.Parse(yaml, "glossary/sources.yml"));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_stops_with_a_configuration_error_naming_the_file()
    {
        using var site = new TempSite()
            .Write("glossary/sources.yml", "shops: {a: b}\n")
            .Write("content/en/products/a/one.md", TempSite.Review("ref: one\nlang: en"));
        var result = await site.RunAsync("check");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("sources.yml", result.Error, StringComparison.Ordinal);
    }
}
