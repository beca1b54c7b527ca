using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Sync;

public sealed class SyncCommandTests
{
    [Fact]
    public async Task A_dry_run_prints_a_unified_diff_and_a_summary_in_words_and_writes_nothing()
    {
        using var site = new TempSite();
        site.Write("content/en/products/a/one.md", "---\nref: one\ndate: 2025-09-21\ntarget_name: One\n---\n");
        site.Write("content/ja/products/a/one.md", "---\nref: one\ndate: 2025-09-12\ntarget_name: One\n---\n");
        site.Write("content/en/products/a/two.md", "---\nref: two\ndate: 2025-09-21\ntarget_name: Two\n---\n");
        site.Write("content/ja/products/a/two.md", "---\nref: two\ndate: 2025-09-12\ntarget_name: Zwei\n---\n");

        var result = await site.RunAsync("sync");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("""
            --- a/content/ja/products/a/one.md
            +++ b/content/ja/products/a/one.md
            @@ -1,5 +1,5 @@
             ---
             ref: one
            -date: 2025-09-12
            +date: 2025-09-21
             target_name: One
             ---
            """.ReplaceLineEndings("\n"), result.Out);
        Assert.Contains("would update 2 files: date in 2, target_name in 1", result.Out);
        Assert.Equal("---\nref: one\ndate: 2025-09-12\ntarget_name: One\n---\n", site.Read("content/ja/products/a/one.md"));
        Assert.False(File.Exists(site.PathOf(".review-i18n/baseline.json")));
    }

    [Fact]
    public async Task A_conflict_is_printed_with_all_three_values()
    {
        using var site = new TempSite();
        site.Write(".review-i18n/baseline.json", """{ "pairs": { "products/ja/one": { "shared": { "date": "2025-09-01" } } } }""");
        site.Write("content/en/products/a/one.md", "---\nref: one\ndate: 2025-09-21\n---\n");
        site.Write("content/ja/products/a/one.md", "---\nref: one\ndate: 2025-09-12\n---\n");

        var result = await site.RunAsync("sync", "--check");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("conflict: content/ja/products/a/one.md:3: date: source 2025-09-21, translation 2025-09-12, baseline 2025-09-01", result.Out);
        Assert.Contains("1 conflict left alone", result.Out);
    }

    [Theory]
    [InlineData("--check", "--write")]
    [InlineData("--field", "title")]
    [InlineData("--locale", "en")]
    [InlineData("--prefer", "both")]
    public async Task Wrong_options_are_usage_errors(string option, string value)
    {
        using var site = new TempSite();
        var result = await site.RunAsync("sync", option, value);
        Assert.Equal(2, result.ExitCode);
    }
}
