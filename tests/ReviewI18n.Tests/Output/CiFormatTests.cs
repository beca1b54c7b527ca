using System.Text.Json;
using ReviewI18n.Diagnostics;
using ReviewI18n.Output;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Output;

/// <summary>
/// <c>check --format sarif|github|markdown</c> and the GitHub job summary.
/// The SARIF schema cannot be downloaded here, so <see cref="Sarif_has_every_property_the_2_1_0_schema_requires"/>
/// checks structurally, for each object we emit, the properties SARIF 2.1.0 (OASIS, schema
/// sarif-schema-2.1.0.json) marks required or constrains: sarifLog (version = "2.1.0", runs),
/// run (tool), tool (driver), toolComponent (name; rules unique by id), reportingDescriptor (id;
/// shortDescription/fullDescription/help are message strings with text; defaultConfiguration.level
/// in none|note|warning|error), result (message with text; ruleId; ruleIndex >= -1 and pointing at the
/// rule with that id; level in the enum), location/physicalLocation (artifactLocation with a URI
/// reference uri), region (startLine >= 1, startColumn >= 1), run.columnKind in utf16CodeUnits|unicodeCodePoints.
/// </summary>
public sealed class CiFormatTests
{
    private static TempSite SiteWithFindings() => new TempSite()
        .Write("content/en/products/a/one.md", "---\nref: one\nlang: en\n---\nText.\n")
        .Write("content/en/products/a/bad, name.md", "---\nref: [\n---\n")
        .Write("content/ja/products/a/ghost.md", "---\nref: ghost\nlang: ja\n---\n本文\u200Bです。\n");

    [Fact]
    public async Task Sarif_has_every_property_the_2_1_0_schema_requires()
    {
        using var site = SiteWithFindings();
        var result = await site.RunAsync("check", "--format", "sarif");
        Assert.True(result.ExitCode == 1, result.ToString());

        using var json = result.Json();
        var log = json.RootElement;
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        Assert.Equal(SarifWriter.SchemaUri, log.GetProperty("$schema").GetString());
        var run = log.GetProperty("runs").EnumerateArray().Single();
        Assert.Contains(run.GetProperty("columnKind").GetString(), new[] { "utf16CodeUnits", "unicodeCodePoints" });
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.False(string.IsNullOrEmpty(driver.GetProperty("name").GetString()));
        Assert.True(Uri.IsWellFormedUriString(driver.GetProperty("informationUri").GetString(), UriKind.Absolute));
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(rules.Count, rules.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
        foreach (var rule in rules)
        {
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("id").GetString()));
            foreach (var text in new[] { "shortDescription", "fullDescription", "help" })
            {
                Assert.False(string.IsNullOrEmpty(rule.GetProperty(text).GetProperty("text").GetString()));
            }
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Levels);
        }
        Assert.Contains(rules, r => r.GetProperty("help").GetProperty("text").GetString()!.StartsWith(Rules.Mojibake.Help, StringComparison.Ordinal));

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        foreach (var r in results)
        {
            Assert.False(string.IsNullOrEmpty(r.GetProperty("message").GetProperty("text").GetString()));
            var index = r.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(rules[index].GetProperty("id").GetString(), r.GetProperty("ruleId").GetString());
            Assert.Contains(r.GetProperty("level").GetString(), Levels);
            var physical = r.GetProperty("locations").EnumerateArray().Single().GetProperty("physicalLocation");
            var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString();
            Assert.True(Uri.IsWellFormedUriString(uri, UriKind.Relative), uri);
            var region = physical.GetProperty("region");
            Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
            Assert.True(region.GetProperty("startColumn").GetInt32() >= 1);
        }
        // A file name with a space and a comma is percent-encoded in the URI.
        Assert.Contains(results, r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString() == "content/en/products/a/bad%2C%20name.md");
        // The invisible character is reported at its column (line 5, after the two characters of 本文).
        var invisible = results.Single(r => r.GetProperty("ruleId").GetString() == "invisible-character");
        Assert.Equal((5, 3), (invisible.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32(),
            invisible.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startColumn").GetInt32()));
    }

    private static readonly string[] Levels = ["none", "note", "warning", "error"];

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
