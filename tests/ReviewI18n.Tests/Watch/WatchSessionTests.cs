using Microsoft.Extensions.DependencyInjection;
using ReviewI18n.Analysis;
using ReviewI18n.Checks;
using ReviewI18n.Cli;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Watch;

/// <summary>The watch's model: a file that was never a document still has its findings moved by a change.</summary>
public sealed class WatchSessionTests
{
    private static Microsoft.Extensions.Hosting.IHost Host(TempSite site) =>
        HostFactory.Build(new CliConsole(new StringWriter(), new StringWriter(), site.Root, false, new Dictionary<string, string?>()), new GlobalSettings(null, true, false, true));

    /// <summary>A watch's model of the site, started (everything loaded and checked once).</summary>
    private static ReviewI18n.Watch.WatchSession Session(Microsoft.Extensions.Hosting.IHost host)
    {
        var session = new ReviewI18n.Watch.WatchSession(host.Services.GetRequiredService<PipelineConfig>(), host.Services.GetRequiredService<Analyzer>(),
            host.Services.GetRequiredService<CheckRunner>(), host.Services.GetRequiredService<ContentLoader>());
        session.Start();
        return session;
    }

    [Fact]
    public void A_file_unreadable_at_start_loses_its_finding_when_it_is_deleted()
    {
        using var outside = new TempSite(config: null).Write("elsewhere.md", "---\nref: far\n---\nText.\n");
        using var site = new TempSite()
            .Write("content/en/products/a/one.md", "---\nref: one\n---\n## Overview\n\nText.\n")
            .Write("content/ja/products/a/one.md", "---\nref: one\n---\n## 概要\n\n本文。\n");
        var link = site.PathOf("content/en/products/a/far.md");
        File.CreateSymbolicLink(link, outside.PathOf("elsewhere.md"));
        using var host = Host(site);
        var session = Session(host);
        Assert.Contains(session.Findings, d => d.Rule.Name == "file-unreadable" && d.File == "content/en/products/a/far.md");

        File.Delete(link);
        session.Apply([link], path => File.Exists(path) ? File.ReadAllBytes(path) : null);

        Assert.DoesNotContain(session.Findings, d => d.File == "content/en/products/a/far.md");
    }

    [Fact]
    public void A_file_that_turns_unreadable_is_reported_and_recovers()
    {
        using var site = new TempSite()
            .Write("content/en/products/a/one.md", "---\nref: one\n---\n## Overview\n\nText.\n")
            .Write("content/ja/products/a/one.md", "---\nref: one\nlang: en\n---\n## 概要\n\n本文。\n");
        using var host = Host(site);
        var session = Session(host);
        const string Translation = "content/ja/products/a/one.md";
        Assert.Contains(session.Findings, d => d.Rule.Name == "locale-mismatch" && d.File == Translation);

        var path = site.PathOf(Translation);
        session.Apply([path], _ => throw new UnauthorizedAccessException("permission denied"));
        Assert.Contains(session.Findings, d => d.Rule.Name == "file-unreadable" && d.File == Translation && d.Message.Contains("permission denied", StringComparison.Ordinal));
        Assert.DoesNotContain(session.Findings, d => d.Rule.Name == "locale-mismatch");

        session.Apply([path], p => File.ReadAllBytes(p));
        Assert.DoesNotContain(session.Findings, d => d.Rule.Name == "file-unreadable");
        Assert.Contains(session.Findings, d => d.Rule.Name == "locale-mismatch" && d.File == Translation);
    }
}
