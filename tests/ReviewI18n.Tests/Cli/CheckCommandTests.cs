using System.Text.Json;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Cli;

/// <summary>End-to-end runs of <c>check</c> and the default command: exit codes, JSON shape, filters.</summary>
public sealed class CheckCommandTests
{
    private static TempSite SiteWithOneMissingTranslation() => new TempSite()
        .Write("content/en/products/a/one.md", "---\nref: one\nlang: en\n---\nText.\n")
        .Write("content/en/products/a/two.md", "---\nref: two\nlang: en\n---\nText.\n")
        .Write("content/ja/products/a/two.md", "---\nref: two\nlang: ja\n---\n本文。\n");

    [Fact]
    public async Task Json_output_follows_the_contract()
    {
        using var site = SiteWithOneMissingTranslation();
        var result = await site.RunAsync("check", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = result.Json();
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        var d = root.GetProperty("diagnostics").EnumerateArray().Single();
        Assert.Equal("missing-translation", d.GetProperty("rule").GetString());
        Assert.Equal("warning", d.GetProperty("severity").GetString());
        Assert.Equal("products", d.GetProperty("collection").GetString());
        Assert.Equal("one", d.GetProperty("ref").GetString());
        Assert.Equal("ja", d.GetProperty("locale").GetString());
        Assert.Equal("content/en/products/a/one.md", d.GetProperty("file").GetString());
        Assert.Equal(2, d.GetProperty("line").GetInt32());
        Assert.Equal(1, d.GetProperty("column").GetInt32());
        Assert.False(string.IsNullOrEmpty(d.GetProperty("message").GetString()));
        var summary = root.GetProperty("summary");
        Assert.Equal(3, summary.GetProperty("documents").GetInt32());
        Assert.Equal(1, summary.GetProperty("pairs").GetInt32());
        Assert.Equal(0, summary.GetProperty("errors").GetInt32());
        Assert.Equal(1, summary.GetProperty("warnings").GetInt32());
    }

    [Fact]
    public async Task Verbose_shows_where_the_time_goes_and_leaves_the_findings_alone()
    {
        using var site = SiteWithOneMissingTranslation();
        var quiet = await site.RunAsync("check", "--format", "json");
        var verbose = await site.RunAsync("check", "--format", "json", "--verbose");

        Assert.Equal(quiet.Out, verbose.Out);
        Assert.Contains("loading began", verbose.Error);
        var perCheck = verbose.Error.Split('\n').Single(l => l.Contains("Time and allocations of each check", StringComparison.Ordinal));
        Assert.Contains("RatingMismatchCheck ", perCheck);
        Assert.Contains("FactMismatchCheck ", perCheck);
        Assert.Matches(@"EncodingDamageCheck \d+ ms \d+\.\d MB", perCheck);
        Assert.DoesNotContain("Time and allocations", quiet.Error);
    }

    [Fact]
    public async Task Fail_on_warning_turns_a_warning_into_exit_1()
    {
        using var site = SiteWithOneMissingTranslation();
        Assert.Equal(0, (await site.RunAsync("check")).ExitCode);
        Assert.Equal(1, (await site.RunAsync("check", "--fail-on", "warning")).ExitCode);
    }

    [Fact]
    public async Task An_error_finding_exits_1_and_fail_on_none_exits_0()
    {
        using var site = new TempSite().Write("content/en/products/a/x.md", "---\nref: [\n---\n");
        Assert.Equal(1, (await site.RunAsync("check")).ExitCode);
        Assert.Equal(0, (await site.RunAsync("check", "--fail-on", "none")).ExitCode);
    }

    [Fact]
    public async Task Locale_and_rule_filters_narrow_the_findings()
    {
        using var site = SiteWithOneMissingTranslation().Write("content/ja/products/a/ghost.md", "---\nref: ghost\nlang: ja\n---\n");
        using var all = (await site.RunAsync("check", "--format", "json")).Json();
        Assert.Equal(2, all.RootElement.GetProperty("diagnostics").GetArrayLength());

        using var onlyOrphans = (await site.RunAsync("check", "--format", "json", "--rule", "orphan-translation")).Json();
        Assert.Equal("orphan-translation", onlyOrphans.RootElement.GetProperty("diagnostics")[0].GetProperty("rule").GetString());
        Assert.Equal(1, onlyOrphans.RootElement.GetProperty("diagnostics").GetArrayLength());

        using var en = (await site.RunAsync("check", "--format", "json", "--locale", "en")).Json();
        Assert.Equal(0, en.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_rule_in_the_filter_is_a_usage_error()
    {
        using var site = SiteWithOneMissingTranslation();
        var result = await site.RunAsync("check", "--rule", "no-such-rule");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-rule", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        using var site = SiteWithOneMissingTranslation();
        Assert.Equal(2, (await site.RunAsync("check", "--bogus")).ExitCode);
    }

    [Fact]
    public async Task Text_output_groups_by_file_and_ends_with_a_summary()
    {
        using var site = SiteWithOneMissingTranslation();
        var result = await site.RunAsync("check");
        var lines = result.Out.Split('\n');
        Assert.Equal("content/en/products/a/one.md", lines[0]);
        Assert.Contains("missing-translation", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("  2:1", lines[1], StringComparison.Ordinal);
        Assert.Contains("3 documents, 1 pairs", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Colour_only_on_a_terminal_without_no_color()
    {
        using var site = SiteWithOneMissingTranslation();
        var coloured = await CliRunner.RunAsync(site.Root, ["check"], terminal: true);
        Assert.Contains("\u001b[", coloured.Out, StringComparison.Ordinal);
        var noColorEnv = await CliRunner.RunAsync(site.Root, ["check"], new Dictionary<string, string?> { ["NO_COLOR"] = "1" }, terminal: true);
        Assert.DoesNotContain("\u001b[", noColorEnv.Out, StringComparison.Ordinal);
        var noColorFlag = await CliRunner.RunAsync(site.Root, ["check", "--no-color"], terminal: true);
        Assert.DoesNotContain("\u001b[", noColorFlag.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_cannot_send_terminal_escapes()
    {
        using var site = new TempSite().Write("content/en/products/a/x.md", "---\nref: x\nlang: \"\u001b[2Jen\u202E\"\n---\n");
        var result = await site.RunAsync("check");
        Assert.DoesNotContain("\u001b[2J", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\u202E", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_command_runs_the_pipeline_and_prints_a_summary()
    {
        using var site = SiteWithOneMissingTranslation();
        var result = await site.RunAsync();
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("missing-translation", result.Out, StringComparison.Ordinal);
        Assert.Contains("3 documents, 1 pairs: 0 errors, 1 warning, 0 info.", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_is_found_in_a_parent_folder()
    {
        using var site = SiteWithOneMissingTranslation();
        var result = await CliRunner.RunAsync(site.PathOf("content/en"), ["check", "--format", "json"]);
        Assert.Equal(0, result.ExitCode);
        using var json = result.Json();
        Assert.Equal("content/en/products/a/one.md", json.RootElement.GetProperty("diagnostics")[0].GetProperty("file").GetString());
    }

    [Fact]
    public async Task Json_stays_valid_whatever_the_content()
    {
        using var site = new TempSite()
            .Write("content/en/products/a/x\"y.md", "---\nref: \"x\\\"y</script>\\u0000\"\n---\n");
        var result = await site.RunAsync("check", "--format", "json");
        using var json = result.Json();
        Assert.Contains(json.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("ref").GetString() == "x\"y</script>\0");
    }
}
