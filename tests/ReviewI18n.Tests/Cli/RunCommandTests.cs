using ReviewI18n.Cli;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Cli;

/// <summary><c>run</c>: check, sync plan, the reports pipeline.json names, one summary; exit codes; cancellation.</summary>
public sealed class RunCommandTests
{
    private const string Config = """
        {
          "sourceLocale": "en",
          "locales": ["en", "ja"],
          "collections": [ { "name": "products", "path": "content/{locale}/products", "permalink": "/products/{locale}/{ref}/" } ],
          "frontMatter": { "shared": ["ref", "date"], "localized": ["lang"], "required": [] },
          "reports": [
            { "kind": "report", "format": "json", "out": "out/coverage.json" },
            { "kind": "pending", "locale": "ja", "format": "markdown", "out": "out/pending-ja.md" }
          ]
        }
        """;

    private static TempSite Site() => new TempSite(Config)
        .Write("content/en/products/a/one.md", "---\nref: one\nlang: en\ndate: 2025-09-21\n---\nText.\n")
        .Write("content/ja/products/a/one.md", "---\nref: one\nlang: ja\ndate: 2025-09-12\n---\n本文。\n")
        .Write("content/en/products/a/two.md", "---\nref: two\nlang: en\ndate: 2025-01-01\n---\nMore text here.\n");

    [Fact]
    public async Task Run_checks_plans_sync_writes_the_reports_and_summarises()
    {
        using var site = Site();
        var result = await site.RunAsync("run");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("3 documents, 1 pairs: 0 errors, 2 warnings, 0 info.", result.Out, StringComparison.Ordinal);
        Assert.Contains("Sync: would update 1 file: date in 1", result.Out, StringComparison.Ordinal);
        Assert.Contains("Reports written: out/coverage.json, out/pending-ja.md.", result.Out, StringComparison.Ordinal);
        using var coverage = System.Text.Json.JsonDocument.Parse(site.Read("out/coverage.json"));
        Assert.Equal(1, coverage.RootElement.GetProperty("locales")[0].GetProperty("documents").GetProperty("missing").GetInt32());
        Assert.Contains("two", site.Read("out/pending-ja.md"), StringComparison.Ordinal);
        Assert.Contains("date: 2025-09-12", site.Read("content/ja/products/a/one.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_write_applies_the_sync_plan()
    {
        using var site = Site();
        var result = await site.RunAsync("run", "--write");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("date: 2025-09-21", site.Read("content/ja/products/a/one.md"), StringComparison.Ordinal);
        Assert.Contains("Sync: updated 1 file", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fail_on_warning_makes_the_run_exit_1()
    {
        using var site = Site();
        Assert.Equal(1, (await site.RunAsync("run", "--fail-on", "warning")).ExitCode);
    }

    [Fact]
    public async Task A_cancelled_run_exits_3_and_writes_no_report()
    {
        using var site = Site();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var console = new CliConsole(new StringWriter(), new StringWriter(), site.Root, false, new Dictionary<string, string?>());
        var exit = await CliApp.RunAsync(["run"], console, cancelled.Token);
        Assert.Equal(3, exit);
        Assert.False(Directory.Exists(site.PathOf("out")));
        Assert.Contains("date: 2025-09-12", site.Read("content/ja/products/a/one.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_outside_the_site_is_a_configuration_error()
    {
        using var site = new TempSite(Config.Replace("out/coverage.json", "../coverage.json", StringComparison.Ordinal));
        var result = await site.RunAsync("run");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("reports[0].out", result.Error, StringComparison.Ordinal);
    }
}
