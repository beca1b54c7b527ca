using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Xliff;

/// <summary>
/// <c>export</c>, a CAT tool's work, and <c>import</c> on a small site: a stale, an untranslated and
/// a missing section; byte-minimal writes into a CRLF file with a BOM; the baseline; a second
/// import that changes nothing; XLIFF 1.2; hostile targets; and <c>scaffold</c>.
/// </summary>
public sealed partial class XliffRoundTripTests
{
    private static readonly XNamespace X = "urn:oasis:names:tc:xliff:document:2.0";

    private const string Glossary = """
        overview: { en: Overview, ja: 概要 }
        cost-performance: { en: Cost-Performance, ja: コストパフォーマンス }
        advice: { en: Advice, ja: アドバイス }
        references: { en: References, ja: 参考文献 }
        """;

    private const string English = """
        ---
        ref: one
        lang: en
        title: "Acme One Review"
        ---
        ## Overview

        $$ \Large \text{0.8} $$

        The Acme One is a **small** speaker with a 4-inch woofer [1]. See `spec-sheet` at https://acme.test/one.

        ## Cost-Performance

        At 199 USD it competes with larger speakers that cost twice as much in most shops.

        ## Advice

        Buy it for a desk.

        ## References

        [1] Acme, One, https://acme.test/one
        """;

    private const string Japanese = """
        ---
        ref: one
        lang: ja
        title: "Acme One レビュー"
        ---
        ## 概要

        $$ \Large \text{0.8} $$

        Acme Oneは4インチウーファーを備えた**小型**スピーカーです[1]。`spec-sheet`は https://acme.test/one にあります。

        ## コストパフォーマンス

        At 199 USD it competes with larger speakers that cost twice as much in most shops.

        ## 参考文献

        [1] Acme, One, https://acme.test/one
        """;

    /// <summary>The site in git, then the English overview changed in a later commit: one stale, one untranslated, one missing section.</summary>
    private static async Task<TempSite> Site()
    {
        var site = new TempSite()
            .Write("glossary/headings.yml", Glossary)
            .Write("glossary/terms.yml", "- en: woofer\n  ja: ウーファー\n")
            .Write("content/en/products/acme/one.md", English + "\n")
            .Write("content/ja/products/acme/one.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes((Japanese + "\n").Replace("\n", "\r\n", StringComparison.Ordinal))]);
        site.Git("init", "-q", "-b", "main");
        site.Git("add", "-A");
        site.Git("commit", "-q", "-m", "translated");
        site.Write("content/en/products/acme/one.md", English.Replace("4-inch woofer [1].", "4-inch woofer [1]. It ships with a wall bracket and a two-year warranty.", StringComparison.Ordinal) + "\n");
        site.Git("commit", "-q", "-am", "the tweeter");
        return site;
    }

    private static async Task<XDocument> Export(TempSite site, params string[] extra)
    {
        var result = await site.RunAsync(["export", "--locale", "ja", "--out", "out.xlf", .. extra]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return XDocument.Load(site.PathOf("out.xlf"), LoadOptions.PreserveWhitespace);
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z ,'.-]*")]
    private static partial Regex EnglishWords();

    /// <summary>What a CAT tool does: each target is the source with its words translated and its codes kept.</summary>
    private static void Translate(XDocument xliff, XNamespace ns, Func<string, string>? text = null, Func<string, bool>? which = null)
    {
        text ??= t => EnglishWords().Replace(t, "翻訳した文");
        foreach (var source in xliff.Descendants(ns + "source").ToList())
        {
            var unitId = (string)source.Ancestors().First(a => a.Attribute("id") is not null && a.Name.LocalName is "unit" or "trans-unit").Attribute("id")!;
            if (which is not null && !which(unitId)) continue;
            source.Parent!.Element(ns + "target")?.Remove();
            var target = new XElement(ns + "target", source.Attributes(), source.Nodes().Select(n => n is XText t ? new XText(text(t.Value)) : (XNode)new XElement((XElement)n)));
            source.AddAfterSelf(target);
        }
    }

    private static List<string> Work(CliResult check) =>
        check.Json().RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => $"{d.GetProperty("rule").GetString()} {d.GetProperty("section").GetString()}").ToList();

    [Fact]
    public async Task A_round_trip_writes_only_the_sections_and_they_stop_being_pending()
    {
        using var site = await Site();
        string[] rules = ["--rule", "stale-section", "--rule", "untranslated-section", "--rule", "missing-section"];
        Assert.Equal(["missing-section advice", "stale-section overview", "untranslated-section cost-performance"],
            Work(await site.RunAsync(["check", "--format", "json", .. rules])).Order(StringComparer.Ordinal));

        var xliff = await Export(site);
        Assert.Empty(XliffStructure.Validate(xliff));
        var units = xliff.Descendants(X + "unit").ToList();
        Assert.Equal(["products/one/advice", "products/one/cost-performance", "products/one/overview"], units.Select(u => (string)u.Attribute("id")!).Order(StringComparer.Ordinal));
        var overview = units.Single(u => ((string)u.Attribute("id")!).EndsWith("overview", StringComparison.Ordinal));
        Assert.Equal(["$$ \\Large \\text{0.8} $$", "**", "**", "[1]", "`spec-sheet`", "https://acme.test/one"],
            overview.Descendants(X + "data").Select(d => d.Value).Order(StringComparer.Ordinal));
        var notes = overview.Descendants(X + "note").ToDictionary(n => (string)n.Attribute("category")!, n => n.Value);
        Assert.StartsWith("stale-section", notes["reason"], StringComparison.Ordinal);
        Assert.Contains("{+It ships with a wall bracket and a two-year warranty.", notes["source-diff"], StringComparison.Ordinal);
        Assert.Equal("woofer = ウーファー", notes["glossary"]);
        Assert.Contains("score 0.8", notes["facts"], StringComparison.Ordinal);
        Assert.Null(units.Single(u => ((string)u.Attribute("id")!).EndsWith("cost-performance", StringComparison.Ordinal)).Descendants(X + "target").FirstOrDefault()); // still English: no target to offer

        Translate(xliff, X);
        xliff.Save(site.PathOf("done.xlf"));
        var before = File.ReadAllBytes(site.PathOf("content/ja/products/acme/one.md"));
        var import = await site.RunAsync("import", "done.xlf");
        Assert.True(import.ExitCode == 0, import.ToString());

        var after = File.ReadAllBytes(site.PathOf("content/ja/products/acme/one.md"));
        Assert.Equal([0xEF, 0xBB, 0xBF], after[..3]);
        var text = Encoding.UTF8.GetString(after[3..]);
        Assert.DoesNotMatch(new Regex("(?<!\r)\n"), text); // every line ends in CRLF
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var oldText = Encoding.UTF8.GetString(before[3..]);
        // Outside the three sections, nothing moved: the front matter, the headings, the score line, the references.
        foreach (var kept in new[] { "---\r\nref: one\r\nlang: ja\r\ntitle: \"Acme One レビュー\"\r\n---\r\n## 概要\r\n\r\n", "\r\n\r\n## コストパフォーマンス\r\n\r\n", "\r\n\r\n## 参考文献\r\n\r\n[1] Acme, One, https://acme.test/one\r\n" })
        {
            Assert.Contains(kept, oldText, StringComparison.Ordinal);
            Assert.Contains(kept, text, StringComparison.Ordinal);
        }
        Assert.Contains("$$ \\Large \\text{0.8} $$\r\n\r\n翻訳した文**翻訳した文**", text, StringComparison.Ordinal); // codes back in place
        Assert.Contains("[1]. 翻訳した文`spec-sheet` 翻訳した文https://acme.test/one.", text, StringComparison.Ordinal);
        Assert.Contains("## アドバイス\r\n\r\n翻訳した文\r\n\r\n## 参考文献", text, StringComparison.Ordinal); // the missing section, before the next one the translation has

        Assert.Empty(Work(await site.RunAsync(["check", "--format", "json", .. rules])));

        // A second import of the same file changes nothing: not the file, not the baseline.
        var baseline = site.Read(".review-i18n/baseline.json");
        var again = await site.RunAsync("import", "done.xlf");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("imported 0 units into 0 files; 3 already there", again.Error, StringComparison.Ordinal);
        Assert.Equal(after, File.ReadAllBytes(site.PathOf("content/ja/products/acme/one.md")));
        Assert.Equal(baseline, site.Read(".review-i18n/baseline.json"));
    }

    [Fact]
    public async Task Xliff_1_2_round_trips_the_same_way()
    {
        using var site = await Site();
        var xliff = await Export(site, "--format", "xliff12");
        XNamespace x12 = "urn:oasis:names:tc:xliff:document:1.2";
        Assert.Equal("1.2", (string?)xliff.Root!.Attribute("version"));
        Assert.Equal(3, xliff.Descendants(x12 + "trans-unit").Count());
        Assert.Contains(xliff.Descendants(x12 + "ph"), ph => ph.Value == "[1]");

        Translate(xliff, x12);
        xliff.Save(site.PathOf("done.xlf"));
        var dryRun = await site.RunAsync("import", "done.xlf", "--dry-run");
        Assert.Equal(0, dryRun.ExitCode);
        Assert.Contains("+## アドバイス", dryRun.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("翻訳した文", site.Read("content/ja/products/acme/one.md"), StringComparison.Ordinal);

        Assert.Equal(0, (await site.RunAsync("import", "done.xlf")).ExitCode);
        Assert.Contains("## アドバイス", site.Read("content/ja/products/acme/one.md"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---", "'---' line")]
    [InlineData("## 見出し", "heading line")]
    [InlineData("<script>alert(1)</script>翻訳", "<script>")]
    [InlineData("Still English text here.", "script")]
    [InlineData("", "empty")]
    public async Task A_hostile_or_unusable_target_is_refused_and_the_file_is_untouched(string target, string reason)
    {
        using var site = await Site();
        var xliff = await Export(site);
        Translate(xliff, X, which: id => id.EndsWith("advice", StringComparison.Ordinal));
        var advice = xliff.Descendants(X + "unit").Single(u => ((string)u.Attribute("id")!).EndsWith("advice", StringComparison.Ordinal)).Descendants(X + "target").Single();
        advice.ReplaceNodes(new XText(target == "---" ? "翻訳\n---\n翻訳" : target));
        xliff.Save(site.PathOf("done.xlf"));
        var before = File.ReadAllBytes(site.PathOf("content/ja/products/acme/one.md"));

        var result = await site.RunAsync("import", "done.xlf");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unit products/one/advice skipped", result.Error, StringComparison.Ordinal);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(site.PathOf("content/ja/products/acme/one.md")));
    }

    [Fact]
    public async Task A_lost_code_an_unknown_unit_and_a_source_changed_since_the_export_are_refused()
    {
        using var site = await Site();
        var xliff = await Export(site);
        Translate(xliff, X);
        xliff.Descendants(X + "target").SelectMany(t => t.Elements(X + "ph")).First(p => (string?)p.Attribute("dataRef") is { } r && xliff.Descendants(X + "data").Single(d => (string?)d.Attribute("id") == r).Value == "[1]").Remove();
        var extra = new XElement(xliff.Descendants(X + "unit").First());
        extra.SetAttributeValue("id", "products/no-such-review/overview");
        xliff.Descendants(X + "file").First().Add(extra);
        xliff.Save(site.PathOf("done.xlf"));
        site.Write("content/en/products/acme/one.md", site.Read("content/en/products/acme/one.md").Replace("Buy it for a desk.", "Buy it for a small desk.", StringComparison.Ordinal));

        var result = await site.RunAsync("import", "done.xlf");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unit products/one/overview skipped: protected codes are missing from the target", result.Error, StringComparison.Ordinal);
        Assert.Contains("unit products/no-such-review/overview skipped: no review of this site has the id", result.Error, StringComparison.Ordinal);
        Assert.Contains("unit products/one/advice skipped: the source section 'Advice' changed since the export", result.Error, StringComparison.Ordinal);
        Assert.Contains("imported 1 units", result.Error, StringComparison.Ordinal); // cost-performance still goes in
    }

    [Fact]
    public async Task Characters_XML_forbids_travel_as_codes_and_a_broken_file_is_a_clear_error()
    {
        using var site = await Site();
        site.Write("content/en/products/acme/one.md", site.Read("content/en/products/acme/one.md").Replace("Buy it for a desk.", "Buy it\u0001 for a desk.", StringComparison.Ordinal));
        var xliff = await Export(site);
        Assert.Empty(XliffStructure.Validate(xliff));
        Assert.Contains(xliff.Descendants(X + "cp"), cp => (string?)cp.Attribute("hex") == "0001");

        File.WriteAllText(site.PathOf("broken.xlf"), "<?xml version=\"1.0\"?>\n<xliff version=\"2.1\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\">\n<file id=\"f1\">\n</xliff>\n");
        var broken = await site.RunAsync("import", "broken.xlf");
        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("broken.xlf:4", broken.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scaffold_starts_a_missing_translation_that_check_and_export_then_see_as_untranslated()
    {
        using var site = new TempSite("""
            {
              "sourceLocale": "en",
              "locales": ["en", "ja"],
              "collections": [ { "name": "products", "path": "content/{locale}/products", "permalink": "/products/{locale}/{ref}/" } ],
              "frontMatter": { "shared": ["ref", "rating"], "localized": ["title", "lang", "tags", "permalink", "price"], "required": [] },
              "prices": { "currencies": { "en": "USD", "ja": "JPY" }, "rates": { "ja": { "min": 50, "max": 250, "typical": 150 } } }
            }
            """)
            .Write("glossary/headings.yml", Glossary)
            .Write("glossary/tags.yml", "- { en: Speakers, ja: スピーカー }\n")
            .Write("content/en/products/acme/two.md", "---\nref: two\nlang: en\ntitle: \"Acme Two Review\"\nrating: [0.8]\ntags: [Speakers, Desktop]\nprice: 199\npermalink: /products/en/two/\n---\n## Overview\n\n$$ \\Large \\text{0.8} $$\n\nThe Acme Two is a small speaker for a desk, with a soft dome tweeter and a paper woofer.\n\n## Advice\n\nBuy it for a desk and place it at ear height, away from the wall behind it.\n");
        Assert.Contains("missing-translation", (await site.RunAsync("check", "--no-history")).Out, StringComparison.Ordinal);

        var scaffold = await site.RunAsync("scaffold", "--locale", "ja");
        Assert.True(scaffold.ExitCode == 0, scaffold.ToString());

        var text = site.Read("content/ja/products/acme/two.md");
        Assert.Contains("lang: ja\n", text, StringComparison.Ordinal);
        Assert.Contains("permalink: /products/ja/two/\n", text, StringComparison.Ordinal);
        Assert.Contains("tags: [スピーカー, Desktop]\n", text, StringComparison.Ordinal);
        Assert.Contains("price: 29850", text, StringComparison.Ordinal);
        Assert.Contains("title: \"Acme Two Review\"   # translate\n", text, StringComparison.Ordinal);
        Assert.Contains("rating: [0.8]\n", text, StringComparison.Ordinal);
        Assert.Contains("## 概要\n\n$$ \\Large \\text{0.8} $$\n\nThe Acme Two is a small speaker for a desk, with a soft dome tweeter and a paper woofer.\n\n## アドバイス\n", text, StringComparison.Ordinal);

        var check = await site.RunAsync("check", "--format", "json", "--no-history");
        var rules = check.Json().RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("rule").GetString()).ToList();
        Assert.DoesNotContain("missing-translation", rules);
        Assert.Equal(2, rules.Count(r => r == "untranslated-section"));

        var xliff = await Export(site);
        Assert.Equal(2, xliff.Descendants(X + "unit").Count());
        Assert.Empty(xliff.Descendants(X + "target"));

        Assert.Contains("0 translations", (await site.RunAsync("scaffold", "--locale", "ja")).Error, StringComparison.Ordinal); // never overwrites
    }

    [Fact]
    public async Task An_empty_section_gets_its_body_between_blank_lines_and_missing_sections_keep_the_source_order()
    {
        // Translated with the cost section left empty and the last two sections missing; then the English cost section changes.
        using var site = new TempSite()
            .Write("glossary/headings.yml", Glossary)
            .Write("content/en/products/acme/one.md", English + "\n")
            .Write("content/ja/products/acme/one.md", "---\nref: one\nlang: ja\n---\n## 概要\n\n$$ \\Large \\text{0.8} $$\n\nAcme Oneは4インチウーファーを備えた**小型**スピーカーです[1]。`spec-sheet`は https://acme.test/one にあります。\n\n## コストパフォーマンス\n\n");
        site.Git("init", "-q", "-b", "main");
        site.Git("add", "-A");
        site.Git("commit", "-q", "-m", "translated");
        site.Write("content/en/products/acme/one.md", English.Replace("in most shops.", "in most shops. A stand costs extra.", StringComparison.Ordinal) + "\n");
        site.Git("commit", "-q", "-am", "the stand");
        var xliff = await Export(site);
        Assert.Equal(["products/one/advice", "products/one/cost-performance", "products/one/references"], xliff.Descendants(X + "unit").Select(u => (string)u.Attribute("id")!).Order(StringComparer.Ordinal));
        Translate(xliff, X);
        xliff.Save(site.PathOf("done.xlf"));

        var result = await site.RunAsync("import", "done.xlf");

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = site.Read("content/ja/products/acme/one.md");
        Assert.True(text.Contains("## コストパフォーマンス\n\n翻訳した文", StringComparison.Ordinal), text);
        Assert.True(text.Contains("\n\n## アドバイス\n\n翻訳した文\n\n## 参考文献\n\n", StringComparison.Ordinal), text);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("翻訳した文[^\n]*## "), text); // no body glued onto a heading
    }

    [Fact]
    public async Task A_hand_translation_made_after_the_export_is_not_overwritten()
    {
        using var site = await Site();
        var xliff = await Export(site);
        Translate(xliff, X);
        xliff.Save(site.PathOf("done.xlf"));
        site.Write("content/ja/products/acme/one.md", site.Read("content/ja/products/acme/one.md").Replace("At 199 USD it competes with larger speakers that cost twice as much in most shops.", "199ドルで、倍の価格の大型機と競合します。", StringComparison.Ordinal));

        var result = await site.RunAsync("import", "done.xlf");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("unit products/one/cost-performance skipped: the translation's section 'コストパフォーマンス' was edited since the export", result.Error, StringComparison.Ordinal);
        Assert.Contains("199ドルで", site.Read("content/ja/products/acme/one.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_section_kept_as_it_was_is_marked_current_once_the_translator_confirms_it()
    {
        using var site = await Site();
        var xliff = await Export(site);
        // The translator keeps the existing Japanese overview: the English addition needs no new wording.
        xliff.Descendants(X + "unit").Where(u => !((string)u.Attribute("id")!).EndsWith("overview", StringComparison.Ordinal)).Remove();
        xliff.Save(site.PathOf("untouched.xlf"));
        xliff.Descendants(X + "segment").Single().SetAttributeValue("state", "translated"); // confirmed in the CAT tool
        xliff.Save(site.PathOf("confirmed.xlf"));
        Assert.Contains("stale-section overview", Work(await site.RunAsync("check", "--format", "json", "--rule", "stale-section")));

        // Not confirmed: nobody looked at it, so it stays stale.
        Assert.Equal(0, (await site.RunAsync("import", "untouched.xlf")).ExitCode);
        Assert.Contains("stale-section overview", Work(await site.RunAsync("check", "--format", "json", "--rule", "stale-section")));

        var result = await site.RunAsync("import", "confirmed.xlf");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(Work(await site.RunAsync("check", "--format", "json", "--rule", "stale-section")));
    }

    [Theory]
    [InlineData("翻訳\n\n```sh\n# 設定を書き出す\n---\n```\n", true)]
    [InlineData("見出しのような行\n===\n本文", false)]
    [InlineData("見出しのような行\n---\n本文", false)]
    public async Task Structure_inside_fenced_code_is_allowed_and_a_setext_heading_is_refused(string target, bool allowed)
    {
        using var site = await Site();
        var xliff = await Export(site);
        Translate(xliff, X, which: id => id.EndsWith("advice", StringComparison.Ordinal));
        xliff.Descendants(X + "unit").Single(u => ((string)u.Attribute("id")!).EndsWith("advice", StringComparison.Ordinal)).Descendants(X + "target").Single().ReplaceNodes(new XText(target));
        xliff.Save(site.PathOf("done.xlf"));

        var result = await site.RunAsync("import", "done.xlf");

        Assert.Equal(allowed, !result.Error.Contains("unit products/one/advice skipped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_heading_with_a_slash_round_trips()
    {
        using var site = new TempSite()
            .Write("content/en/products/acme/one.md", "---\nref: one\nlang: en\n---\n## I/O Options\n\nTwo inputs and one output, with a switch between them on the back panel.\n")
            .Write("content/ja/products/acme/one.md", "---\nref: one\nlang: ja\n---\n## I/O Options\n\nTwo inputs and one output, with a switch between them on the back panel.\n");
        var xliff = await Export(site);
        Assert.Single(xliff.Descendants(X + "unit"));
        Translate(xliff, X);
        xliff.Save(site.PathOf("done.xlf"));

        var result = await site.RunAsync("import", "done.xlf");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("翻訳した文", site.Read("content/ja/products/acme/one.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scaffold_reads_a_CRLF_source()
    {
        using var site = new TempSite()
            .Write("glossary/headings.yml", Glossary)
            .Write("content/en/products/acme/two.md", "---\r\nref: two\r\nlang: en\r\ntitle: \"Acme Two\"\r\n---\r\nIntro line.\r\n\r\n## Overview\r\n\r\nThe Acme Two is small.\r\n\r\n## Advice\r\n\r\nBuy it.\r\n");

        Assert.Equal(0, (await site.RunAsync("scaffold", "--locale", "ja")).ExitCode);

        Assert.Equal("---\nref: two\nlang: ja\ntitle: \"Acme Two\"   # translate\n---\nIntro line.\n\n## 概要\n\nThe Acme Two is small.\n\n## アドバイス\n\nBuy it.\n",
            site.Read("content/ja/products/acme/two.md"));
    }
}
