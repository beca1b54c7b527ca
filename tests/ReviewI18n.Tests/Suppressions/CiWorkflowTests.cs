using System.Text.Json;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Suppressions;

/// <summary>
/// <c>check</c> in CI on a site that already has findings: the suppressions file, findings that
/// survive moved lines and renamed files, new damage that fails the run, pruning, and
/// <c>--changed-since</c> with what a change makes stale, missing or orphaned.
/// </summary>
public sealed class CiWorkflowTests
{
    private const string Glossary = """
        overview: { en: Overview, ja: 概要 }
        advice: { en: Advice, ja: アドバイス }
        """;

    private const string English = """
        ---
        ref: one
        ---
        ## Overview

        The Acme One is a small speaker with a caf\u00C3\u00A9 finish.

        ## Advice

        Buy it for a desk.
        """;

    private const string Japanese = """
        ---
        ref: one
        ---
        ## 概要

        Acme Oneは小型スピーカーです。

        ## アドバイス

        デスク用に。
        """;

    /// <summary>A committed site whose English review has one mojibake finding.</summary>
    private static TempSite Site()
    {
        var site = new TempSite()
            .Write("glossary/headings.yml", Glossary)
            .Write("content/en/products/acme/one.md", English.Replace("\\u00C3\\u00A9", "\u00C3\u00A9", StringComparison.Ordinal) + "\n")
            .Write("content/ja/products/acme/one.md", Japanese + "\n")
            .Write("content/en/products/acme/two.md", English.Replace("ref: one", "ref: two", StringComparison.Ordinal).Replace("caf\\u00C3\\u00A9", "matte", StringComparison.Ordinal) + "\n")
            .Write("content/ja/products/acme/two.md", Japanese.Replace("ref: one", "ref: two", StringComparison.Ordinal) + "\n");
        site.Git("init", "-q", "-b", "main");
        site.Git("add", "-A");
        site.Git("commit", "-q", "-m", "site");
        return site;
    }

    private static async Task<(CliResult Result, JsonElement Summary, List<string> Rules)> Check(TempSite site, params string[] extra)
    {
        var result = await site.RunAsync(["check", "--format", "json", .. extra]);
        using var json = result.Json();
        var rules = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("rule").GetString()! + " " + d.GetProperty("file").GetString()).ToList();
        return (result, json.RootElement.GetProperty("summary").Clone(), rules);
    }

    [Fact]
    public async Task Suppressed_findings_stay_suppressed_when_lines_move_and_new_ones_fail_the_run()
    {
        using var site = Site();
        var before = await Check(site);
        Assert.True(before.Result.ExitCode == 1, before.Result.ToString());
        Assert.Contains("mojibake content/en/products/acme/one.md", before.Rules);

        var suppress = await Check(site, "--suppress-all");
        Assert.Equal(0, suppress.Result.ExitCode);
        Assert.Empty(suppress.Rules);
        Assert.Equal(before.Rules.Count, suppress.Summary.GetProperty("suppressed").GetInt32());
        var file = site.Read(".review-i18n/suppressions.json");
        Assert.Contains("\"rule\": \"mojibake\"", file, StringComparison.Ordinal);
        Assert.DoesNotContain("\"line\"", file, StringComparison.Ordinal);

        // Lines above the finding move: still suppressed.
        site.Write("content/en/products/acme/one.md", site.Read("content/en/products/acme/one.md").Replace("---\n## Overview", "---\nA new first paragraph.\n\nAnd another.\n\n## Overview", StringComparison.Ordinal));
        var moved = await Check(site);
        Assert.Equal(0, moved.Result.ExitCode);
        Assert.Empty(moved.Rules);

        // New damage in another file: exactly that is reported, and the run fails.
        site.Write("content/en/products/acme/two.md", site.Read("content/en/products/acme/two.md").Replace("Buy it", "Buy\uFFFD it", StringComparison.Ordinal));
        var damaged = await Check(site);
        Assert.Equal(1, damaged.Result.ExitCode);
        Assert.Equal(["replacement-character content/en/products/acme/two.md"], damaged.Rules.Where(r => !r.StartsWith("stale-section", StringComparison.Ordinal)));
        Assert.Equal(before.Rules.Count, damaged.Summary.GetProperty("suppressed").GetInt32());

        // The same damage a second time in a suppressed file is new: each entry counts.
        site.Write("content/en/products/acme/one.md", site.Read("content/en/products/acme/one.md").Replace("Buy it", "caf\u00C3\u00A9 Buy it", StringComparison.Ordinal));
        Assert.Contains("mojibake content/en/products/acme/one.md", (await Check(site)).Rules);
    }

    [Fact]
    public async Task A_renamed_file_keeps_its_suppressions_and_fixed_findings_are_pruned()
    {
        using var site = Site();
        await Check(site, "--suppress-all");
        site.Git("add", "-A");
        site.Git("commit", "-q", "-m", "suppressions");
        site.Git("mv", "content/en/products/acme/one.md", "content/en/products/acme/acme-one.md");
        Assert.DoesNotContain((await Check(site)).Rules, r => r.StartsWith("mojibake", StringComparison.Ordinal));

        // Fixed: the entry matches nothing, check says so, --prune-suppressions drops it, and the damage is new when it comes back.
        var path = "content/en/products/acme/acme-one.md";
        var damaged = site.Read(path);
        site.Write(path, damaged.Replace("caf\u00C3\u00A9", "café", StringComparison.Ordinal));
        var fixedRun = await Check(site);
        Assert.Contains("match nothing", fixedRun.Result.Error, StringComparison.Ordinal);
        var prune = await site.RunAsync("check", "--prune-suppressions");
        Assert.Contains("dropped 1 suppressions", prune.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("mojibake", site.Read(".review-i18n/suppressions.json"), StringComparison.Ordinal);
        site.Write(path, damaged);
        Assert.Contains("mojibake content/en/products/acme/acme-one.md", (await Check(site)).Rules);
    }

    [Fact]
    public async Task Show_suppressed_prints_them_marked_and_sarif_keeps_them_with_fingerprints_and_baseline_state()
    {
        using var site = Site();
        await Check(site, "--suppress-all");

        var shown = await site.RunAsync("check", "--show-suppressed");
        Assert.Equal(0, shown.ExitCode);
        Assert.Contains("[suppressed] ", shown.Out, StringComparison.Ordinal);

        site.Write("content/en/products/acme/two.md", site.Read("content/en/products/acme/two.md").Replace("Buy it", "Buy\uFFFD it", StringComparison.Ordinal));
        var sarif = await site.RunAsync("check", "--format", "sarif", "--sarif-baseline", ".review-i18n/suppressions.json");
        using var json = sarif.Json();
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.All(results, r => Assert.Equal(16, r.GetProperty("partialFingerprints").GetProperty("reviewI18n/v1").GetString()!.Length));
        var mojibake = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "mojibake");
        Assert.Equal("external", mojibake.GetProperty("suppressions")[0].GetProperty("kind").GetString());
        Assert.Equal("unchanged", mojibake.GetProperty("baselineState").GetString());
        var replacement = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "replacement-character");
        Assert.Equal("new", replacement.GetProperty("baselineState").GetString());
        Assert.False(replacement.TryGetProperty("suppressions", out _));

        // Fixed since the baseline: the baseline's result is kept as absent.
        site.Write("content/en/products/acme/one.md", site.Read("content/en/products/acme/one.md").Replace("caf\u00C3\u00A9", "café", StringComparison.Ordinal));
        var later = await site.RunAsync("check", "--format", "sarif", "--sarif-baseline", ".review-i18n/suppressions.json");
        using var laterJson = later.Json();
        var absent = Assert.Single(laterJson.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "mojibake");
        Assert.Equal("absent", absent.GetProperty("baselineState").GetString());
    }

    [Fact]
    public async Task A_suppressions_file_that_does_not_parse_is_a_configuration_error_with_its_line()
    {
        using var site = Site();
        site.Write(".review-i18n/suppressions.json", "{\n  \"version\": 1,\n  \"suppressions\": [\n    { \"rule\": \"mojibake\", }\n    oops\n  ]\n}\n");
        var result = await site.RunAsync("check");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".review-i18n/suppressions.json:5", result.Error, StringComparison.Ordinal);

        site.Write(".review-i18n/suppressions.json", "{\n  \"suppressions\": [\n    { \"rule\": \"mojibake\", \"fingerprint\": \"00\", \"count\": 1 },\n    { \"rule\": \"no-such-rule\", \"fingerprint\": \"abc\", \"count\": 1 }\n  ]\n}\n");
        var unknown = await site.RunAsync("check");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains(".review-i18n/suppressions.json:4: suppression 2: unknown rule 'no-such-rule'", unknown.Error, StringComparison.Ordinal);

        var partial = await site.RunAsync("check", "--suppress-all", "--rule", "mojibake");
        Assert.Equal(2, partial.ExitCode);
    }

    [Fact]
    public async Task Changed_since_reports_the_translation_a_source_edit_makes_stale_and_nothing_else()
    {
        using var site = Site();
        site.Write("content/en/products/acme/two.md", site.Read("content/en/products/acme/two.md").Replace("Buy it for a desk.", "Buy it for a desk. The 2025 model adds a second woofer.", StringComparison.Ordinal));

        var changed = await Check(site, "--changed-since", "HEAD");
        Assert.Equal(["stale-section content/ja/products/acme/two.md"], changed.Rules); // not the mojibake in one.md
        using (var json = changed.Result.Json())
        {
            var stale = json.RootElement.GetProperty("diagnostics")[0];
            Assert.Equal(("advice", "アドバイス"), (stale.GetProperty("section").GetString(), stale.GetProperty("heading").GetString()));
        }

        var markdown = await site.RunAsync("check", "--changed-since", "HEAD", "--format", "markdown");
        Assert.Contains("This change edits 1 English section; 1 Japanese section now needs updating.", markdown.Out, StringComparison.Ordinal);
        Assert.Contains("(content/en/products/acme/two.md#L", markdown.Out, StringComparison.Ordinal);
        Assert.Contains("(content/ja/products/acme/two.md#L", markdown.Out, StringComparison.Ordinal);

        var linked = await CliRunner.RunAsync(site.Root, ["check", "--changed-since", "HEAD", "--format", "markdown"], new Dictionary<string, string?>
        {
            ["GITHUB_SERVER_URL"] = "https://github.com", ["GITHUB_REPOSITORY"] = "acme/reviews", ["GITHUB_SHA"] = "abc123",
        });
        Assert.Contains("(https://github.com/acme/reviews/blob/abc123/content/ja/products/acme/two.md#L", linked.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changed_since_reports_a_missing_translation_for_an_added_source_and_an_orphan_for_a_deleted_one()
    {
        using var site = Site();
        site.Write("content/en/products/acme/three.md", English.Replace("ref: one", "ref: three", StringComparison.Ordinal).Replace("caf\\u00C3\\u00A9", "matte", StringComparison.Ordinal) + "\n");
        File.Delete(site.PathOf("content/en/products/acme/two.md"));

        var changed = await Check(site, "--changed-since", "HEAD");
        Assert.Equal(["missing-translation content/en/products/acme/three.md", "orphan-translation content/ja/products/acme/two.md"], changed.Rules.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_unknown_revision_is_a_clear_error()
    {
        using var site = Site();
        var result = await site.RunAsync("check", "--changed-since", "no-such-branch");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'no-such-branch' is not a commit, branch or tag", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gitlab_code_quality_has_one_stable_fingerprint_per_issue()
    {
        using var site = Site();
        var first = await site.RunAsync("check", "--format", "gitlab");
        using var json = first.Json();
        var issues = json.RootElement.EnumerateArray().ToList();
        var mojibake = Assert.Single(issues, i => i.GetProperty("check_name").GetString() == "mojibake");
        Assert.Equal("major", mojibake.GetProperty("severity").GetString());
        Assert.Equal("content/en/products/acme/one.md", mojibake.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(issues.Count, issues.Select(i => i.GetProperty("fingerprint").GetString()).Distinct().Count());

        site.Write("content/en/products/acme/one.md", site.Read("content/en/products/acme/one.md").Replace("---\n## Overview", "---\nMoved down.\n\n## Overview", StringComparison.Ordinal));
        using var second = (await site.RunAsync("check", "--format", "gitlab")).Json();
        var moved = Assert.Single(second.RootElement.EnumerateArray(), i => i.GetProperty("check_name").GetString() == "mojibake");
        Assert.Equal(mojibake.GetProperty("fingerprint").GetString(), moved.GetProperty("fingerprint").GetString());
        Assert.NotEqual(mojibake.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32(), moved.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
    }

    [Fact]
    public async Task A_suppressed_stale_section_stays_suppressed_when_another_section_of_the_pair_is_accepted()
    {
        using var site = Site();
        site.Write("content/en/products/acme/two.md", site.Read("content/en/products/acme/two.md").Replace("Buy it for a desk.", "Buy it for a desk. The 2025 model adds a second woofer.", StringComparison.Ordinal)
            .Replace("The Acme One is a small speaker", "The Acme Two is a compact speaker for small rooms", StringComparison.Ordinal));
        await site.RunAsync("baseline", "init");
        site.Write("content/en/products/acme/two.md", site.Read("content/en/products/acme/two.md").Replace("second woofer.", "second woofer. A stand is sold apart.", StringComparison.Ordinal)
            .Replace("compact speaker for small rooms", "compact speaker for small rooms and desks, sold in black or white", StringComparison.Ordinal));
        var stale = (await Check(site, "--rule", "stale-section")).Rules;
        Assert.Equal(2, stale.Count);
        await Check(site, "--suppress-all");

        await site.RunAsync("baseline", "accept", "--ref", "two", "--section", "overview"); // rewrites the pair's acceptance date

        var after = await Check(site, "--rule", "stale-section");
        Assert.Empty(after.Rules);
        Assert.Equal(1, after.Summary.GetProperty("suppressed").GetInt32());
    }

    [Fact]
    public async Task Changed_since_handles_a_source_whose_headings_repeat()
    {
        using var site = Site();
        site.Write("content/en/products/acme/one.md", site.Read("content/en/products/acme/one.md") + "\n## Notes\n\nFirst note.\n\n## Notes\n\nSecond note.\n");
        site.Git("commit", "-q", "-am", "notes");
        site.Write("content/en/products/acme/one.md", site.Read("content/en/products/acme/one.md").Replace("Second note.", "Second note, longer now.", StringComparison.Ordinal));

        var markdown = await site.RunAsync("check", "--changed-since", "HEAD", "--format", "markdown");

        Assert.True(markdown.ExitCode is 0 or 1, markdown.ToString());
        Assert.Contains("This change edits 1 English section", markdown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sarif_baseline_with_a_narrowed_check_is_refused()
    {
        using var site = Site();
        await Check(site, "--suppress-all");
        var result = await site.RunAsync("check", "--format", "sarif", "--sarif-baseline", ".review-i18n/suppressions.json", "--rule", "mojibake");
        Assert.Equal(2, result.ExitCode);
    }
}
