using System.Text.Json;
using ReviewI18n.Diagnostics;
using ReviewI18n.Output;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Output;

/// <summary>
/// <c>check --format sarif|github|markdown</c> and the GitHub job summary. That SARIF output is
/// valid SARIF 2.1.0 is <see cref="SarifSchemaTests"/>' concern; here, what the schema cannot say:
/// each result's <c>ruleIndex</c> points at the rule with its <c>ruleId</c>, rule ids are unique,
/// paths are percent-encoded and positions are the finding's.
/// </summary>
public sealed class CiFormatTests
{
    private static TempSite SiteWithFindings() => new TempSite()
        .Write("content/en/products/a/one.md", "---\nref: one\nlang: en\n---\nText.\n")
        .Write("content/en/products/a/bad, name.md", "---\nref: [\n---\n")
        .Write("content/ja/products/a/ghost.md", "---\nref: ghost\nlang: ja\n---\n本文\u200Bです。\n");

    [Fact]
    public async Task Sarif_results_point_at_their_rule_and_where_the_finding_is()
    {
        using var site = SiteWithFindings();
        var result = await site.RunAsync("check", "--format", "sarif");
        Assert.True(result.ExitCode == 1, result.ToString());

        using var json = result.Json();
        var log = json.RootElement;
        Assert.Equal(SarifWriter.SchemaUri, log.GetProperty("$schema").GetString());
        var run = log.GetProperty("runs").EnumerateArray().Single();
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(Rules.All.Select(r => r.Name), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(rules.Count, rules.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
        Assert.Contains(rules, r => r.GetProperty("help").GetProperty("text").GetString()!.StartsWith(Rules.Mojibake.Help, StringComparison.Ordinal));

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal(rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString(), r.GetProperty("ruleId").GetString()));
        // A file name with a space and a comma is percent-encoded in the URI.
        Assert.Contains(results, r => Location(r).GetProperty("artifactLocation").GetProperty("uri").GetString() == "content/en/products/a/bad%2C%20name.md");
        // The invisible character is reported at its column (line 5, after the two characters of 本文).
        var region = Location(results.Single(r => r.GetProperty("ruleId").GetString() == "invisible-character")).GetProperty("region");
        Assert.Equal((5, 3), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
    }

    private static JsonElement Location(JsonElement result) => result.GetProperty("locations")[0].GetProperty("physicalLocation");

    [Fact]
    public async Task GitHub_format_annotates_the_exact_line_with_escaped_values()
    {
        using var site = SiteWithFindings();
        var result = await site.RunAsync("check", "--format", "github");

        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var invalid = lines.Single(l => l.Contains("front-matter-invalid", StringComparison.Ordinal));
        Assert.StartsWith("::error file=content/en/products/a/bad%2C name.md,line=", invalid);
        Assert.Contains(",title=front-matter-invalid (RI106)::", invalid);
        Assert.Contains(lines, l => l.StartsWith("::warning file=content/ja/products/a/ghost.md,line=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("50% done", "50%25 done", "50%25 done")]
    [InlineData("a\r\nb", "a%0D%0Ab", "a%0D%0Ab")]
    [InlineData("x: y, z", "x: y, z", "x%3A y%2C z")]
    public void Workflow_command_values_are_escaped_per_GitHub(string value, string data, string property)
    {
        Assert.Equal(data, GitHubAnnotationWriter.Data(value));
        Assert.Equal(property, GitHubAnnotationWriter.Property(value));
    }

    [Fact]
    public async Task Markdown_format_counts_per_rule_and_escapes_content()
    {
        using var site = new TempSite().Write("content/en/products/a/x.md", "---\nref: \"a|b\"\nlang: en\n---\nText.\n");
        var result = await site.RunAsync("check", "--format", "markdown");

        Assert.Contains("| Rule | Code | Severity | Findings |", result.Out);
        Assert.Contains("`ref-mismatch`", result.Out);
        Assert.Contains("a\\|b", result.Out);
    }

    [Fact]
    public async Task Step_summary_is_appended_when_GitHub_sets_its_path()
    {
        using var site = SiteWithFindings();
        site.Write("summary.md", "earlier step\n");
        var env = new Dictionary<string, string?> { ["GITHUB_STEP_SUMMARY"] = site.PathOf("summary.md") };
        var result = await CliRunner.RunAsync(site.Root, ["check", "--format", "github"], env);

        var summary = site.Read("summary.md");
        Assert.StartsWith("earlier step\n## review-i18n check", summary);
        Assert.Contains("`front-matter-invalid`", summary);
        Assert.StartsWith("::", result.Out);
    }

    [Fact]
    public async Task Info_findings_are_SARIF_notes_and_GitHub_notices()
    {
        using var site = new TempSite()
            .Write("content/en/products/a/x.md", "---\nref: x\nlang: en\n---\n## Overview\n\nText.\n")
            .Write("content/ja/products/a/x.md", "---\nref: x\nlang: ja\n---\n## 概要\n\n本文です。\n");
        var sarif = await site.RunAsync("check", "--format", "sarif");
        var github = await site.RunAsync("check", "--format", "github");

        using var json = sarif.Json();
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal("note", r.GetProperty("level").GetString())); // unknown-heading: no glossary here
        Assert.All(github.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).SkipLast(1), l => Assert.StartsWith("::notice file=", l));
    }
}
