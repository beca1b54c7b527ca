using System.Text.Json;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Drift;

/// <summary>
/// Drift end to end: baseline accept/init, then edits, then <c>check</c>; and git mode on a small
/// repository built inside the test.
/// </summary>
public sealed class StaleSectionTests
{
    private const string Glossary = """
        overview: { en: Overview, ja: 概要 }
        cost-performance: { en: Cost-Performance, ja: コストパフォーマンス }
        advice: { en: Advice, ja: アドバイス }
        """;

    private const string Source = """
        ---
        ref: one
        ---
        ## Overview

        The Acme One is a small speaker with a
        four-inch woofer and a soft dome tweeter.

        ## Cost-Performance

        At 199 USD it competes with larger speakers.

        ## Advice

        Buy it for a desk.
        """;

    private const string Translation = """
        ---
        ref: one
        ---
        ## 概要

        Acme Oneは小型スピーカーです。

        ## コストパフォーマンス

        約3万円で大型機と競合します。

        ## アドバイス

        デスク用に。
        """;

    private static TempSite Site() => new TempSite()
        .Write("glossary/headings.yml", Glossary)
        .Write("content/en/products/acme/one.md", Source + "\n")
        .Write("content/ja/products/acme/one.md", Translation + "\n");

    private static async Task<List<(string File, int Line, string Section, JsonElement Data)>> Stale(TempSite site, params string[] extra)
    {
        var result = await site.RunAsync(["check", "--format", "json", "--rule", "stale-section", .. extra]);
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        using var json = result.Json();
        return json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("file").GetString()!, d.GetProperty("line").GetInt32(), d.GetProperty("section").GetString()!, d.GetProperty("data").Clone()))
            .ToList();
    }

    private static async Task Accept(TempSite site, params string[] args)
    {
        var result = await site.RunAsync(["baseline", "accept", .. args]);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task An_edit_inside_one_source_section_makes_exactly_that_section_stale()
    {
        using var site = Site();
        await Accept(site);
        Assert.Empty(await Stale(site));

        site.Write("content/en/products/acme/one.md", Source.Replace("larger speakers", "larger speakers such as the Borealis Tower", StringComparison.Ordinal) + "\n");
        var stale = Assert.Single(await Stale(site));

        Assert.Equal(("content/ja/products/acme/one.md", 8, "cost-performance"), (stale.File, stale.Line, stale.Section));
        // Without git the old text is not known, so the change cannot be classified.
        Assert.Equal(("unknown", "changed"), (stale.Data.GetProperty("change").GetString(), stale.Data.GetProperty("edit").GetString()));
        Assert.Equal("store", stale.Data.GetProperty("baseline").GetString());
    }

    [Fact]
    public async Task Rewrapping_or_respacing_a_source_paragraph_is_not_drift()
    {
        using var site = Site();
        await Accept(site);
        site.Write("content/en/products/acme/one.md",
            Source.Replace("with a\nfour-inch", "with a four-inch", StringComparison.Ordinal).Replace("Buy it", "Buy  it", StringComparison.Ordinal) + "\n\n");
        Assert.Empty(await Stale(site));
    }

    [Fact]
    public async Task A_translation_edit_alone_does_not_clear_real_drift()
    {
        using var site = Site();
        await Accept(site);
        site.Write("content/en/products/acme/one.md", Source.Replace("Buy it for a desk.", "Buy it for a small desk.", StringComparison.Ordinal) + "\n");
        site.Write("content/ja/products/acme/one.md", Translation.Replace("デスク用に。", "デスク用にどうぞ。", StringComparison.Ordinal) + "\n");
        Assert.Equal("advice", Assert.Single(await Stale(site)).Section);
    }

    [Fact]
    public async Task Accepting_one_section_clears_exactly_that_one()
    {
        using var site = Site();
        await Accept(site);
        site.Write("content/en/products/acme/one.md",
            Source.Replace("199 USD", "179 USD", StringComparison.Ordinal).Replace("Buy it", "Get it", StringComparison.Ordinal) + "\n");
        Assert.Equal(["advice", "cost-performance"], (await Stale(site)).Select(s => s.Section).Order());

        await Accept(site, "--section", "advice", "--locale", "ja", "--ref", "one");
        Assert.Equal("cost-performance", Assert.Single(await Stale(site)).Section);
    }

    [Fact]
    public async Task A_section_added_to_the_source_is_stale_where_the_translation_has_it()
    {
        using var site = Site();
        site.Write("content/en/products/acme/one.md", Source.Replace("## Advice\n\nBuy it for a desk.", "", StringComparison.Ordinal) + "\n");
        await Accept(site);
        site.Write("content/en/products/acme/one.md", Source + "\n");

        var stale = Assert.Single(await Stale(site));
        Assert.Equal(("advice", "meaning", "added"), (stale.Section, stale.Data.GetProperty("change").GetString(), stale.Data.GetProperty("edit").GetString()));
    }

    [Fact]
    public async Task A_section_removed_from_the_source_is_reported_as_removed()
    {
        using var site = Site();
        await Accept(site);
        site.Write("content/en/products/acme/one.md", Source.Replace("## Advice\n\nBuy it for a desk.", "", StringComparison.Ordinal) + "\n");

        var stale = Assert.Single(await Stale(site));
        Assert.Equal(("advice", "removed", 12), (stale.Section, stale.Data.GetProperty("edit").GetString(), stale.Line));
    }

    [Fact]
    public async Task Baseline_file_is_sorted_json_with_hashes_and_who_accepted()
    {
        using var site = Site();
        await Accept(site, "--by", "Aki");
        using var json = JsonDocument.Parse(site.Read(".review-i18n/baseline.json"));
        var entry = json.RootElement.GetProperty("pairs").GetProperty("products/ja/one");
        Assert.Equal("Aki", entry.GetProperty("acceptedBy").GetString());
        Assert.Equal(["advice", "cost-performance", "overview"], entry.GetProperty("sections").EnumerateObject().Select(p => p.Name));
    }

    /// <summary>The site in a new repository, translation and source committed together.</summary>
    private static TempSite CommittedSite()
    {
        var site = Site();
        site.Git("init", "-q", "-b", "main");
        site.Git("add", "-A");
        site.Git("commit", "-q", "-m", "translated");
        return site;
    }

    [Fact]
    public async Task Git_mode_measures_drift_from_the_translations_last_commit_with_a_word_diff()
    {
        using var site = CommittedSite();
        site.Write("content/en/products/acme/one.md", Source.Replace("larger speakers", "larger speakers such as the Borealis Tower", StringComparison.Ordinal) + "\n");
        site.Git("commit", "-q", "-am", "sharper comparison");

        var stale = Assert.Single(await Stale(site));
        Assert.Equal(("cost-performance", "git", "meaning"), (stale.Section, stale.Data.GetProperty("baseline").GetString(), stale.Data.GetProperty("change").GetString()));
        Assert.Equal("…199 USD it competes with larger speakers{+ such as the Borealis Tower+}.", stale.Data.GetProperty("diff").GetString());

        Assert.Empty(await Stale(site, "--no-history"));
    }

    [Fact]
    public async Task Git_mode_a_typo_fix_in_one_translated_section_does_not_hide_drift_in_another()
    {
        using var site = CommittedSite();
        site.Write("content/en/products/acme/one.md", Source.Replace("larger speakers", "larger speakers such as the Borealis Tower", StringComparison.Ordinal) + "\n");
        site.Git("commit", "-q", "-am", "sharper comparison");
        site.Write("content/ja/products/acme/one.md", Translation.Replace("デスク用に。", "デスク用にどうぞ。", StringComparison.Ordinal) + "\n");
        site.Git("commit", "-q", "-am", "typo in the Japanese advice");

        var stale = Assert.Single(await Stale(site));
        Assert.Equal("cost-performance", stale.Section);
        Assert.Equal("…199 USD it competes with larger speakers{+ such as the Borealis Tower+}.", stale.Data.GetProperty("diff").GetString());
    }

    [Fact]
    public async Task Git_mode_headings_that_read_like_numbered_repeats_keep_their_sections_apart()
    {
        // "Notes" twice gives the keys notes and notes#2; a third heading written "Notes#2" must not share one.
        static string Page(string third) => $"---\nref: one\n---\n## Notes\n\nFirst.\n\n## Notes\n\nSecond.\n\n## Notes#2\n\n{third}\n";
        using var site = new TempSite()
            .Write("glossary/headings.yml", Glossary)
            .Write("content/en/products/acme/one.md", Page("Third."))
            .Write("content/ja/products/acme/one.md", Page("三番目。"));
        site.Git("init", "-q", "-b", "main");
        site.Git("add", "-A");
        site.Git("commit", "-q", "-m", "translated");
        site.Write("content/en/products/acme/one.md", Page("Third, and longer now."));
        site.Git("commit", "-q", "-am", "third section widened");

        var stale = Assert.Single(await Stale(site));
        Assert.Equal("Third{+, and longer now+}.", stale.Data.GetProperty("diff").GetString());
        Assert.Equal(12, stale.Line); // the third heading, not the second
    }

    [Fact]
    public async Task Git_mode_a_translation_updated_with_the_source_is_current()
    {
        using var site = CommittedSite();
        site.Write("content/en/products/acme/one.md", Source.Replace("199 USD", "179 USD", StringComparison.Ordinal) + "\n");
        site.Git("commit", "-q", "-am", "price drop");
        site.Write("content/ja/products/acme/one.md", Translation.Replace("約3万円", "約2万7千円", StringComparison.Ordinal) + "\n");
        site.Git("commit", "-q", "-am", "price drop, Japanese");

        Assert.Empty(await Stale(site));
    }

    [Fact]
    public async Task Git_mode_baseline_init_from_git_records_the_same_drift_in_the_store()
    {
        using var site = CommittedSite();
        site.Write("content/en/products/acme/one.md", Source.Replace("Buy it", "Get it", StringComparison.Ordinal) + "\n");
        site.Git("commit", "-q", "-am", "reword");

        var init = await site.RunAsync("baseline", "init", "--from-git");
        Assert.True(init.ExitCode == 0, init.ToString());
        var stale = Assert.Single(await Stale(site, "--no-history"));
        Assert.Equal(("advice", "store"), (stale.Section, stale.Data.GetProperty("baseline").GetString()));
    }

    [Fact]
    public async Task Git_mode_the_worklist_and_coverage_count_only_changes_that_need_translating()
    {
        using var site = CommittedSite();
        site.Write("content/en/products/acme/one.md", Source
            .Replace("At 199 USD", "At about 30,000 JPY", StringComparison.Ordinal)
            .Replace("Buy it for a desk.", "Buy it for a desk of 120 cm or more.", StringComparison.Ordinal) + "\n");
        site.Git("commit", "-q", "-am", "price in yen; desk size");

        var stale = Assert.Single(await Stale(site));
        Assert.Equal(("advice", "meaning"), (stale.Section, stale.Data.GetProperty("change").GetString()));

        var pending = await site.RunAsync("pending", "--locale", "ja", "--format", "json");
        using (var json = pending.Json())
        {
            var items = json.RootElement.GetProperty("reviews").EnumerateArray().SelectMany(r => r.GetProperty("items").EnumerateArray()).ToList();
            Assert.Equal(["stale-section advice"], items.Select(i => $"{i.GetProperty("kind").GetString()} {i.GetProperty("section").GetString()}"));
        }
        var report = await site.RunAsync("report", "--format", "json");
        using (var json = report.Json())
        {
            var sections = json.RootElement.GetProperty("locales")[0].GetProperty("sections");
            Assert.Equal((3, 2, 1), (sections.GetProperty("source").GetInt32(), sections.GetProperty("current").GetInt32(), sections.GetProperty("stale").GetInt32()));
        }
    }
}
