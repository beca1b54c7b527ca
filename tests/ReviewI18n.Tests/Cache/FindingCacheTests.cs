using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Cache;

/// <summary>
/// The findings cache of <c>check</c>: reused when nothing changed, never trusted when something
/// did or when the file is damaged, truncated or written by another build.
/// </summary>
public sealed class FindingCacheTests
{
    private const string CachePath = ".review-i18n/cache/check.json";

    /// <summary>A site whose files were written a minute ago (the cache does not trust files written in the last two seconds).</summary>
    private static TempSite Site()
    {
        var site = new TempSite()
            .Write("glossary/headings.yml", "overview: { en: Overview, ja: 概要 }\n")
            .Write("content/en/products/a/one.md", TempSite.Review("ref: one\nlang: en", "## Overview\n\nA caf\u00C3\u00A9 speaker.\n"))
            .Write("content/ja/products/a/one.md", TempSite.Review("ref: one\nlang: ja", "## 概要\n\n小型スピーカーです。\n"));
        Age(site);
        return site;
    }

    private static void Age(TempSite site, TimeSpan? by = null)
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*.md", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow - (by ?? TimeSpan.FromMinutes(1)));
        }
    }

    private static async Task<(CliResult Result, bool FromCache)> Check(TempSite site)
    {
        var result = await site.RunAsync("check", "--format", "json", "--verbose");
        return (result, result.Error.Contains("read from the cache", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_check_of_an_unchanged_site_reads_the_cache_and_prints_the_same()
    {
        using var site = Site();
        var first = await Check(site);
        Assert.False(first.FromCache);
        Assert.True(File.Exists(site.PathOf(CachePath)));
        Assert.Contains("*", site.Read(".review-i18n/cache/.gitignore"), StringComparison.Ordinal);

        var second = await Check(site);
        Assert.True(second.FromCache, second.Result.Error);
        Assert.Equal(first.Result.Out, second.Result.Out);
        Assert.Equal(first.Result.ExitCode, second.Result.ExitCode);

        var noCache = await site.RunAsync("check", "--format", "json", "--verbose", "--no-cache");
        Assert.DoesNotContain("read from the cache", noCache.Error, StringComparison.Ordinal);
        Assert.Equal(first.Result.Out, noCache.Out);
    }

    /// <summary>The site with a history: "one" translated, then its English overview rewritten in a later commit (a stale section).</summary>
    private static TempSite SiteWithDrift()
    {
        var site = Site();
        site.Git("init", "-q", "-b", "main");
        site.Git("add", "-A");
        site.Git("commit", "-q", "-m", "translated");
        site.Write("content/en/products/a/one.md", TempSite.Review("ref: one\nlang: en", "## Overview\n\nA small speaker for the desk, now with a second driver and a remote.\n"));
        site.Git("commit", "-q", "-am", "overview rewritten");
        Age(site);
        return site;
    }

    [Theory]
    [InlineData("pending", "--format", "json")]
    [InlineData("report", "--format", "json")]
    [InlineData("export")]
    [InlineData("run", "--no-color")]
    public async Task Pending_report_export_and_run_of_an_unchanged_site_take_its_findings_from_the_cache(params string[] command)
    {
        using var site = SiteWithDrift();
        var first = await site.RunAsync([.. command, "--verbose"]);
        Assert.DoesNotContain("read from the cache", first.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(site.PathOf(CachePath)), first.Error);
        Assert.Contains("stale", first.Out, StringComparison.Ordinal); // the drift the cached path must not lose

        var second = await site.RunAsync([.. command, "--verbose"]);
        Assert.Contains("read from the cache", second.Error, StringComparison.Ordinal);
        Assert.Equal((first.ExitCode, first.Out), (second.ExitCode, second.Out));
        var noCache = await site.RunAsync([.. command, "--verbose", "--no-cache"]);
        Assert.DoesNotContain("read from the cache", noCache.Error, StringComparison.Ordinal);
        Assert.Equal(first.Out, noCache.Out);

        // What check wrote serves them too, and an edit is worked out again.
        File.Delete(site.PathOf(CachePath));
        await Check(site);
        Assert.Equal(first.Out, (await site.RunAsync([.. command, "--verbose"])).Out);
        // The translation's overview pasted over with English: untranslated work in every output.
        site.Write("content/ja/products/a/one.md", TempSite.Review("ref: one\nlang: ja",
            "## 概要\n\nThis paragraph is still written in English and nobody has translated it into Japanese yet, which the check sees.\n"));
        Age(site);
        var edited = await site.RunAsync([.. command, "--verbose"]);
        Assert.DoesNotContain("read from the cache", edited.Error, StringComparison.Ordinal);
        Assert.NotEqual(first.Out, edited.Out);
    }

    [Fact]
    public async Task Pending_checks_again_when_the_site_does_not_read_as_its_cached_findings_say()
    {
        using var site = SiteWithDrift();
        var expected = await site.RunAsync("pending", "--format", "json");
        // Findings kept under this key but for a site that read differently (a file unreadable
        // then, readable now, with the same size and time): they are not this site's.
        site.Write(CachePath, System.Text.RegularExpressions.Regex.Replace(site.Read(CachePath), "\"documents\":\\d+", "\"documents\":1"));

        var again = await site.RunAsync("pending", "--format", "json", "--verbose");
        Assert.Contains("does not read as when its findings were cached", again.Error, StringComparison.Ordinal);
        Assert.Equal(expected.Out, again.Out);
        Assert.Contains("\"documents\":2", site.Read(CachePath), StringComparison.Ordinal); // written again for the site as it reads
    }

    [Fact]
    public async Task An_edited_file_a_glossary_or_config_change_and_a_fresh_file_are_checked_again()
    {
        using var site = Site();
        await Check(site);

        site.Write("content/en/products/a/one.md", TempSite.Review("ref: one\nlang: en", "## Overview\n\nA speaker\uFFFD.\n"));
        Age(site, TimeSpan.FromSeconds(30));
        var edited = await Check(site);
        Assert.False(edited.FromCache);
        Assert.Contains("replacement-character", edited.Result.Out, StringComparison.Ordinal);

        site.Write("glossary/headings.yml", "overview: { en: Overview, ja: [概要, 全体] }\n");
        Assert.False((await Check(site)).FromCache);
        Assert.True((await Check(site)).FromCache);

        site.Write("pipeline.json", TempSite.DefaultConfig.Replace("\"required\": []", "\"required\": [\"ref\"]", StringComparison.Ordinal));
        Assert.False((await Check(site)).FromCache);

        // A file written just now is not trusted: the cache is not used, and not written for it.
        site.Write("content/ja/products/a/one.md", TempSite.Review("ref: one\nlang: ja", "## 概要\n\n小型のスピーカーです。\n"));
        Assert.False((await Check(site)).FromCache);
        Assert.False((await Check(site)).FromCache);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("another build")]
    [InlineData("empty")]
    public async Task A_damaged_or_foreign_cache_is_ignored_and_rebuilt(string damage)
    {
        using var site = Site();
        var fresh = await Check(site);
        var path = site.PathOf(CachePath);
        var text = File.ReadAllText(path);
        File.WriteAllText(path, damage switch
        {
            "truncated" => text[..(text.Length / 2)],
            "garbage" => "\u0000\u0001 not json at all {{{",
            "another build" => System.Text.RegularExpressions.Regex.Replace(text, "\"build\":\"[0-9a-f]+\"", "\"build\":\"00000000000000000000000000000000\""),
            _ => "",
        });

        var after = await Check(site);
        Assert.False(after.FromCache);
        Assert.Equal(fresh.Result.Out, after.Result.Out);
        Assert.True((await Check(site)).FromCache); // rebuilt
    }

    [Fact]
    public async Task A_site_with_a_linked_review_is_not_cached()
    {
        using var site = Site();
        File.CreateSymbolicLink(site.PathOf("content/en/products/a/linked.md"), site.PathOf("content/en/products/a/one.md"));
        Age(site);
        await Check(site);
        Assert.False((await Check(site)).FromCache);
    }
}
