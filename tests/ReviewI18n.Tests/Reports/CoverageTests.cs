using Microsoft.Extensions.DependencyInjection;
using ReviewI18n.Reports;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Reports;

/// <summary>Coverage figures against the hand-counted tree of <see cref="ReportSites"/>.</summary>
public sealed class CoverageTests
{
    [Fact]
    public async Task Report_json_gives_the_hand_counted_figures()
    {
        using var site = ReportSites.HandCounted();
        var result = await site.RunAsync("report", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = result.Json();
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("en", root.GetProperty("sourceLocale").GetString());
        var ja = root.GetProperty("locales").EnumerateArray().Single();
        Assert.Equal("ja", ja.GetProperty("locale").GetString());
        AssertCounts(ja.GetProperty("documents"), ("source", 3), ("translated", 2), ("missing", 1), ("orphans", 1));
        AssertCounts(ja.GetProperty("sections"), ("source", 7), ("current", 3), ("stale", 0), ("untranslated", 1), ("missing", 3));
        Assert.Equal(Math.Round(3.0 / 7, 4), ja.GetProperty("coverage").GetDouble());

        var collections = ja.GetProperty("collections").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        AssertCounts(collections["products"].GetProperty("documents"), ("source", 2), ("translated", 1), ("missing", 1), ("orphans", 1));
        AssertCounts(collections["products"].GetProperty("sections"), ("source", 5), ("current", 1), ("untranslated", 1), ("missing", 3));
        Assert.Equal(0.2, collections["products"].GetProperty("coverage").GetDouble());
        AssertCounts(collections["companies"].GetProperty("sections"), ("source", 2), ("current", 2));
        Assert.Equal(1.0, collections["companies"].GetProperty("coverage").GetDouble());

        // Only company "a" has pending work.
        var company = ja.GetProperty("companies").EnumerateArray().Single();
        Assert.Equal("a", company.GetProperty("name").GetString());
    }

    [Fact]
    public void A_stale_section_finding_moves_its_section_from_current_to_stale()
    {
        using var site = ReportSites.HandCounted();
        var (host, result) = ReportSites.Check(site);
        using (host)
        {
            var stale = ReportSites.Stale(result, "content/ja/companies/acme.md", "companies", "acme", "advice", "the [-old-] {+new+} text");
            var report = host.Services.GetRequiredService<CoverageCalculator>().Compute(result with { Diagnostics = [.. result.Diagnostics, stale] });

            var ja = report.Locales.Single();
            Assert.Equal(7, ja.Total.SourceSections);
            Assert.Equal(2, ja.Total.CurrentSections);
            Assert.Equal(1, ja.Total.StaleSections);
            var companies = ja.Collections.Single(c => c.Name == "companies").Tally;
            Assert.Equal((1, 1), (companies.CurrentSections, companies.StaleSections));
        }
    }

    [Fact]
    public void A_section_with_several_findings_counts_once_under_the_most_work()
    {
        using var site = ReportSites.HandCounted();
        var (host, result) = ReportSites.Check(site);
        using (host)
        {
            // The second section of products/one is untranslated; marking it stale too must not count it twice.
            var untranslated = result.Diagnostics.Single(d => d.Rule == Diagnostics.Rules.UntranslatedSection);
            var stale = ReportSites.Stale(result, untranslated.File, "products", "one", untranslated.Section!, "[-a-]{+b+}");
            var report = host.Services.GetRequiredService<CoverageCalculator>().Compute(result with { Diagnostics = [.. result.Diagnostics, stale] });

            var ja = report.Locales.Single().Total;
            Assert.Equal((7, 3, 0, 1, 3), (ja.SourceSections, ja.CurrentSections, ja.StaleSections, ja.UntranslatedSections, ja.MissingSections));
        }
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("html")]
    public async Task Every_format_shows_the_coverage(string format)
    {
        using var site = ReportSites.HandCounted();
        var result = await site.RunAsync("report", "--format", format);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("42.9%", result.Out); // 3 of 7
    }

    [Fact]
    public async Task Out_writes_the_report_to_a_file()
    {
        using var site = ReportSites.HandCounted();
        var result = await site.RunAsync("report", "--format", "html", "--out", "out/coverage.html");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Out);
        var html = site.Read("out/coverage.html");
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("src=\"http", html);
        Assert.DoesNotContain("href=\"http", html);
    }

    private static void AssertCounts(System.Text.Json.JsonElement element, params (string Name, int Value)[] expected)
    {
        foreach (var (name, value) in expected) Assert.True(value == element.GetProperty(name).GetInt32(), $"{name}: expected {value}, got {element.GetProperty(name).GetInt32()}");
    }
}
