using System.Diagnostics;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Reports;

/// <summary><c>report --history</c>: coverage at sampled commits, measured with today's config.</summary>
public sealed class HistoryTests
{
    [Fact]
    public async Task History_measures_each_sampled_commit()
    {
        using var site = new TempSite()
            .Write("content/en/companies/acme.md", ReportSites.Doc("acme", "en", "companies", "acme", "Overview", ReportSites.English, "Advice", ReportSites.English));
        Git(site, "init", "-q");
        Git(site, "add", "-A");
        Git(site, "commit", "-q", "-m", "English only");
        site.Write("content/ja/companies/acme.md", ReportSites.Doc("acme", "ja", "companies", "acme", "概要", ReportSites.Japanese));
        Git(site, "add", "-A");
        Git(site, "commit", "-q", "-m", "Half translated");
        // Not committed: history reads commits, not the work tree.
        site.Write("content/ja/companies/acme.md", ReportSites.Doc("acme", "ja", "companies", "acme", "概要", ReportSites.Japanese, "アドバイス", ReportSites.Japanese));

        var result = await site.RunAsync("report", "--format", "json", "--history", "5");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = result.Json();
        var history = json.RootElement.GetProperty("history").EnumerateArray()
            .Select(p => p.GetProperty("locales")[0].GetProperty("coverage").GetDouble()).ToList();
        Assert.Equal([0.0, 0.5], history);
        Assert.Equal(1.0, json.RootElement.GetProperty("locales")[0].GetProperty("coverage").GetDouble());

        var html = (await site.RunAsync("report", "--format", "html", "--history", "5")).Out;
        Assert.Contains("<svg class=\"chart\" id=\"chart-history\"", html);
        var points = System.Text.RegularExpressions.Regex.Matches(html, "<circle class=\"point\"[^>]*data-coverage=\"([0-9.]+)\"");
        Assert.Equal(["0", "0.5"], points.Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task History_of_a_site_in_a_subfolder_reads_only_its_own_markdown()
    {
        using var repo = new TempSite(config: null);
        var site = Path.Combine(repo.Root, "site");
        repo.Write("site/pipeline.json", TempSite.DefaultConfig)
            .Write("site/content/en/companies/acme.md", ReportSites.Doc("acme", "en", "companies", "acme", "Overview", ReportSites.English, "Advice", ReportSites.English))
            .Write("site/content/ja/companies/notes.txt", "not a review")
            .Write("elsewhere/content/ja/companies/acme.md", "outside the site");
        Git(repo, "init", "-q");
        Git(repo, "add", "-A");
        Git(repo, "commit", "-q", "-m", "English only");
        repo.Write("site/content/ja/companies/acme.md", ReportSites.Doc("acme", "ja", "companies", "acme", "概要", ReportSites.Japanese, "アドバイス", ReportSites.Japanese));
        Git(repo, "add", "-A");
        Git(repo, "commit", "-q", "-m", "Translated");

        var result = await CliRunner.RunAsync(site, ["report", "--format", "json", "--history", "5"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = result.Json();
        var history = json.RootElement.GetProperty("history").EnumerateArray()
            .Select(p => p.GetProperty("locales")[0].GetProperty("coverage").GetDouble()).ToList();
        Assert.Equal([0.0, 1.0], history);
    }

    [Fact]
    public async Task History_outside_a_repository_is_a_usage_error()
    {
        using var site = ReportSites.HandCounted();
        var result = await site.RunAsync("report", "--history", "3");
        // The temp folder may sit inside some repository on a developer's machine; here it does not.
        if (result.ExitCode == 0) return;
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--history", result.Error);
    }

    private static void Git(TempSite site, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = site.Root, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false" }) start.ArgumentList.Add(a);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
    }
}
