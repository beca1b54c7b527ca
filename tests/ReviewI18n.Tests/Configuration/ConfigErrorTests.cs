using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Configuration;

/// <summary>A bad pipeline.json is one clear line naming the file and the key, and exit code 2.</summary>
public sealed class ConfigErrorTests
{
    private static async Task<CliResult> RunWith(string config)
    {
        using var site = new TempSite(config);
        return await site.RunAsync("check");
    }

    private static string Valid(string extra = "", string collections = """[{ "name": "products", "path": "content/{locale}/products" }]""") =>
        $$"""{ "sourceLocale": "en", "locales": ["en", "ja"], "collections": {{collections}} {{extra}} }""";

    [Theory]
    [InlineData("""{ "locales": ["en"], "colections": [] }""", "colections: unknown key")]
    [InlineData("""{ "sourceLocale": "en", "locales": ["en", "ja"], "collections": [{ "name": "p", "path": "content/products" }] }""", "collections[0].path: 'content/products' must contain {locale}")]
    [InlineData("""{ "sourceLocale": "fr", "locales": ["en", "ja"], "collections": [{ "name": "p", "path": "x/{locale}" }] }""", "sourceLocale: 'fr' is not one of locales")]
    [InlineData("""{ "sourceLocale": "en", "locales": ["en", "Japanese!"], "collections": [{ "name": "p", "path": "x/{locale}" }] }""", "locales[1]: 'Japanese!' is not a locale name")]
    [InlineData("""{ "sourceLocale": "en", "locales": ["en"], "collections": [{ "name": "p", "path": "x/{locale}" }], "rules": { "no-such-rule": "error" } }""", "rules.no-such-rule: unknown rule")]
    [InlineData("""{ "locales": ["en", "ja"], "collections": [{ "name": "p", "path": "x/{locale}" }], "prices": { "currencies": { "en": "usd" } } }""", "prices.currencies.en: 'usd' is not an ISO currency code")]
    [InlineData("""{ "locales": ["en", "ja"], "locales": ["en"], "collections": [{ "name": "p", "path": "x/{locale}" }] }""", "locales: the key is given twice")]
    [InlineData("""{ "locales": ["en", "ja"], "collections": [{ "name": "p", "path": "x/{locale}" }], "prices": { "rates": { "ja": { "min": 250, "max": 50 } } } }""", "prices.rates.ja: needs min > 0 and max >= min")]
    [InlineData("""{ "locales": ["en", "ja"], "collections": [{ "name": "p", "path": "x/{locale}" }], "prices": { "rates": { "ja": { "min": "fifty", "max": 250 } } } }""", "prices.rates.ja.min: expected a number")]
    [InlineData("""{ "locales": ["en", "ja"], "collections": [{ "name": "p", "path": "x/{locale}" }], "prices": { "rates": { "en": { "min": 1, "max": 2 } } } }""", "prices.rates.en: 'en' is not a target locale")]
    [InlineData("""{ "sourceLocale": "en", "locales": ["en"], "collections": [{ "name": "p", "path": "x/{locale}" }], "rules": { "mojibake": "loud" } }""", "rules.mojibake: 'loud' is not one of error, warning, info, off")]
    [InlineData("""{ "sourceLocale": "en", "locales": "en", "collections": [] }""", "locales: expected an array")]
    [InlineData("""{ "sourceLocale": "en", "locales": ["en"], "collections": [{ "name": "p", "path": "x/{locale}", "pathh": "" }] }""", "collections[0].pathh: unknown key")]
    [InlineData("""{ "sourceLocale": "en", "locales": ["en"], "collections": [{ "name": "p", "path": "../x/{locale}" }] }""", "collections[0].path: '../x/{locale}' must stay inside")]
    [InlineData("""{ "sourceLocale": "en", "locales": ["en"], "collections": [{ "name": "p", "path": "x/{locale}" }], "scripts": { "en": ["Klingon"] } }""", "scripts.en[0]: unknown script 'Klingon'")]
    public async Task Invalid_config_names_the_key_and_exits_2(string config, string expected)
    {
        var result = await RunWith(config);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Contains("pipeline.json", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Malformed_json_names_the_line()
    {
        var result = await RunWith("{\n  \"locales\": [\"en\",\n  oops\n}");
        Assert.Equal(2, result.ExitCode);
        Assert.Matches(@"pipeline\.json:3: malformed JSON", result.Error);
    }

    [Fact]
    public async Task A_missing_config_is_exit_2()
    {
        using var site = new TempSite(config: null);
        var result = await site.RunAsync("check", "--config", "nowhere.json");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nowhere.json", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_valid_config_with_schema_key_and_empty_lists_runs()
    {
        var result = await RunWith(Valid(""", "$schema": "./schemas/pipeline.schema.json", "frontMatter": { "required": [] }"""));
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task Rule_severities_from_config_change_the_exit_code()
    {
        using var site = new TempSite(Valid(""", "rules": { "missing-translation": "error" }"""))
            .Write("content/en/products/x.md", "---\nref: x\n---\n");
        Assert.Equal(1, (await site.RunAsync("check")).ExitCode);
    }
}
