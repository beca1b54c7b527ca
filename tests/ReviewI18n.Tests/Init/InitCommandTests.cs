using System.Text.Json;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Init;

/// <summary><c>init</c> on generated sites: layout, locales, field lists, heading glossary, and a config that works.</summary>
public sealed class InitCommandTests
{
    private static string Review(string locale, string reference, int i, string[] headings) =>
        $"---\nlayout: product\nref: {reference}\nlang: {locale}\ndate: 2025-01-{i % 28 + 1:00}\n" +
        $"title: \"{(locale == "en" ? "Review" : "レビュー")} {i}\"\nrating: [1.0, 0.5, 0.5]\n" +
        $"permalink: /products/{locale}/{reference}/\n---\n" +
        string.Join("", headings.Select((h, n) => $"## {h}\n\n{(n is 1 or 2 ? "$$ \\Large \\text{0.5} $$\n\n" : "")}{(locale == "en" ? "Text." : "本文。")}\n\n"));

    private static TempSite GeneratedSite(string layout)
    {
        var site = new TempSite(config: null);
        for (var i = 0; i < 6; i++)
        {
            var reference = $"item-{i}";
            var folder = layout == "jekyll" ? "_products/{0}/brand" : "content/{0}/products/brand";
            site.Write(string.Format(System.Globalization.CultureInfo.InvariantCulture, folder, "en") + $"/{reference}.md",
                Review("en", reference, i, ["Overview", "Sound", "Build", "Advice"]));
            site.Write(string.Format(System.Globalization.CultureInfo.InvariantCulture, folder, "ja") + $"/{reference}.md",
                Review("ja", reference, i, ["概要", "音質", i == 0 ? "造り（補足）" : "造り", "アドバイス"]));
        }
        return site;
    }

    [Theory]
    [InlineData("jekyll", "_products/{locale}")]
    [InlineData("content", "content/{locale}/products")]
    public async Task Init_detects_the_layout_and_writes_a_config_that_check_accepts(string layout, string path)
    {
        using var site = GeneratedSite(layout);

        var init = await site.RunAsync("init");
        Assert.True(init.ExitCode == 0, init.ToString());

        using var config = JsonDocument.Parse(site.Read("pipeline.json"));
        var root = config.RootElement;
        Assert.Equal("en", root.GetProperty("sourceLocale").GetString());
        Assert.Equal(["en", "ja"], root.GetProperty("locales").EnumerateArray().Select(e => e.GetString()));
        var collection = root.GetProperty("collections").EnumerateArray().Single();
        Assert.Equal(("products", path, "/products/{locale}/{ref}/"),
            (collection.GetProperty("name").GetString(), collection.GetProperty("path").GetString(), collection.GetProperty("permalink").GetString()));
        var fm = root.GetProperty("frontMatter");
        Assert.Equal(["layout", "ref", "date", "rating"], fm.GetProperty("shared").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["lang", "title", "permalink"], fm.GetProperty("localized").EnumerateArray().Select(e => e.GetString()));

        var headings = site.Read("glossary/headings.yml");
        Assert.Contains("overview:\n  en: Overview\n  ja: 概要\n", headings, StringComparison.Ordinal);
        Assert.Contains("sound:\n  rating: 1\n  en: Sound\n  ja: 音質\n", headings, StringComparison.Ordinal);
        Assert.Contains("build:\n  rating: 2\n", headings, StringComparison.Ordinal);

        var check = await site.RunAsync("check", "--format", "json", "--no-history");
        Assert.Equal(0, check.ExitCode);
        using var json = check.Json();
        Assert.Equal(6, json.RootElement.GetProperty("summary").GetProperty("pairs").GetInt32());
        Assert.DoesNotContain(json.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("rule").GetString() == "unknown-heading");
    }

    [Fact]
    public async Task Init_does_not_overwrite_without_force_and_dry_run_writes_nothing()
    {
        using var site = GeneratedSite("jekyll");
        site.Write("pipeline.json", "{}");

        var refused = await site.RunAsync("init");
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("{}", site.Read("pipeline.json"));

        var dry = await site.RunAsync("init", "--dry-run");
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("\"sourceLocale\": \"en\"", dry.Out, StringComparison.Ordinal);
        Assert.Equal("{}", site.Read("pipeline.json"));

        Assert.Equal(0, (await site.RunAsync("init", "--force")).ExitCode);
        Assert.Contains("_products/{locale}", site.Read("pipeline.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_without_locale_folders_is_a_clear_error()
    {
        using var site = new TempSite(config: null).Write("posts/a.md", "---\nref: a\n---\n");
        var result = await site.RunAsync("init");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("locale folders", result.Error, StringComparison.Ordinal);
    }

    /// <summary>Twenty pairs with a company id and a price: two call the maker by its local name, prices are 150 yen a dollar.</summary>
    private static TempSite SiteWithLocalNamesAndPrices()
    {
        var site = new TempSite(config: null);
        for (var i = 0; i < 20; i++)
        {
            var company = i < 4 ? "logitech" : "acme";
            var local = i is 0 or 1 ? "logicool" : company; // two pairs use the local brand, two keep it
            var usd = 100 + i;
            site.Write($"_products/en/{company}/item-{i}.md", $"---\nref: item-{i}\nlang: en\ncompany_id: {company}\nprice: {usd}\n---\n## Overview\n\nText.\n");
            site.Write($"_products/ja/{company}/item-{i}.md", $"---\nref: item-{i}\nlang: ja\ncompany_id: {local}\nprice: {usd * 150}\n---\n## 概要\n\n本文。\n");
        }
        return site;
    }

    [Fact]
    public async Task Init_proposes_sanctioned_local_names_and_price_bands_from_the_pairs()
    {
        using var site = SiteWithLocalNamesAndPrices();

        var init = await site.RunAsync("init");
        Assert.True(init.ExitCode == 0, init.ToString());

        Assert.Contains("company_id:\n  logitech: { ja: logicool }\n", site.Read("glossary/values.yml"), StringComparison.Ordinal);
        using var config = JsonDocument.Parse(site.Read("pipeline.json"));
        var prices = config.RootElement.GetProperty("prices");
        Assert.Equal("price", prices.GetProperty("field").GetString());
        Assert.Equal(("USD", "JPY"), (prices.GetProperty("currencies").GetProperty("en").GetString(), prices.GetProperty("currencies").GetProperty("ja").GetString()));
        var band = prices.GetProperty("rates").GetProperty("ja");
        Assert.Equal((50m, 250m, 150m), (band.GetProperty("min").GetDecimal(), band.GetProperty("max").GetDecimal(), band.GetProperty("typical").GetDecimal()));

        // The proposal works as is: the local brand is not a shared-field mismatch, prices are plausible.
        var check = await site.RunAsync("check", "--format", "json", "--no-history", "--rule", "shared-field-mismatch", "--rule", "price-mismatch");
        using var json = check.Json();
        Assert.Empty(json.RootElement.GetProperty("diagnostics").EnumerateArray());
    }

    /// <summary>
    /// Five pairs whose reference entry [1] is the maker's page: four cite oldmaker.com in English and
    /// newmaker.jp in Japanese, one cites a lab on both sides. Entry [2] differs by shop, which
    /// proves nothing; entry [3] is a different review site in each English review.
    /// </summary>
    private static TempSite SiteWithLocalSources()
    {
        var site = new TempSite(config: null);
        for (var i = 0; i < 5; i++)
        {
            var (en, ja) = i < 4 ? ("https://oldmaker.com/p/" + i, "https://newmaker.jp/p/" + i) : ("https://lab.test/r", "https://lab.test/r");
            var review = $"https://review{i}.test/r";
            site.Write($"_products/en/m/item-{i}.md", $"---\nref: item-{i}\nlang: en\n---\n## Overview\n\nFlat [1], sold at [2], reviewed [3].\n\n## References\n\n[1] Maker, {en}\n[2] Shop, https://www.bhphotovideo.com/c/{i}\n[3] Review, {review}\n");
            site.Write($"_products/ja/m/item-{i}.md", $"---\nref: item-{i}\nlang: ja\n---\n## 概要\n\n平坦[1]、販売[2]、レビュー[3]。\n\n## 参考文献\n\n[1] メーカー, {ja}\n[2] 価格.com, https://kakaku.com/item/{i}\n[3] Review, https://three.test/r\n");
        }
        return site;
    }

    [Fact]
    public async Task Init_proposes_sites_that_the_pairs_prove_to_name_one_source()
    {
        using var site = SiteWithLocalSources();

        var init = await site.RunAsync("init");
        Assert.True(init.ExitCode == 0, init.ToString());

        var sources = site.Read("glossary/sources.yml");
        Assert.Contains("  - [oldmaker, newmaker]   # 4 pairs\n", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("bhphotovideo", sources, StringComparison.Ordinal); // shops prove nothing
        Assert.DoesNotContain("review", sources.Split("same:")[1], StringComparison.Ordinal); // each seen once
        Assert.DoesNotContain("lab", sources, StringComparison.Ordinal);
    }
}
