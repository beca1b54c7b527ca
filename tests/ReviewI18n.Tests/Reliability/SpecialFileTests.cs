using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Reliability;

/// <summary>
/// Entries named <c>*.md</c> that are not regular files: a named pipe would block a reader until
/// some writer opens it, a device never ends. The loader must neither hang nor crash on them.
/// </summary>
public sealed class SpecialFileTests
{
    [Fact]
    public async Task A_named_pipe_named_md_does_not_block_the_loader()
    {
        if (OperatingSystem.IsWindows()) return;
        using var site = new TempSite().Write("content/en/products/a.md", "---\nref: a\n---\n");
        Directory.CreateDirectory(site.PathOf("content/en/products/p"));
        using (var mkfifo = Process.Start("mkfifo", site.PathOf("content/en/products/p/pipe.md"))) await mkfifo.WaitForExitAsync();
        Assert.True(File.Exists(site.PathOf("content/en/products/p/pipe.md")));

        // Run apart from the test thread: a blocked open must fail the test, not hang the suite.
        var load = Task.Run(() => site.Loader().Load());
        Assert.Same(load, await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(30))));
        Assert.Contains((await load).Documents, d => d.RelativePath == "content/en/products/a.md");
    }

    [Fact]
    public async Task A_named_pipe_does_not_block_check()
    {
        if (OperatingSystem.IsWindows()) return;
        using var site = new TempSite().Write("content/en/products/a.md", "---\nref: a\n---\n");
        Directory.CreateDirectory(site.PathOf("content/ja/products"));
        using (var mkfifo = Process.Start("mkfifo", site.PathOf("content/ja/products/a.md"))) await mkfifo.WaitForExitAsync();
        Assert.True(File.Exists(site.PathOf("content/ja/products/a.md")));
        var run = site.RunAsync("check", "--format", "json");
        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30))));
        var result = await run;
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        Assert.Contains("\"front-matter-invalid\"", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_device_is_not_followed()
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/dev/zero")) return;
        using var site = new TempSite().Write("content/en/products/a.md", "---\nref: a\n---\n");
        File.CreateSymbolicLink(site.PathOf("content/en/products/zero.md"), "/dev/zero");
        var result = site.Loader().Load();
        Assert.Single(result.Documents);
        Assert.Contains(result.Problems, p => p.File == "content/en/products/zero.md" && p.Rule.Name == "file-unreadable");
    }

    [Fact]
    public void A_file_that_becomes_a_folder_between_listing_and_reading_is_reported()
    {
        using var site = new TempSite()
            .Write("content/en/products/a.md", "---\nref: a\n---\n")
            .Write("content/en/products/b.md", "---\nref: b\n---\n");
        var loader = site.Loader();
        var files = loader.ListFiles();
        File.Delete(site.PathOf("content/en/products/a.md"));
        Directory.CreateDirectory(site.PathOf("content/en/products/a.md"));

        var result = loader.Read(files, []);

        Assert.Equal("content/en/products/b.md", Assert.Single(result.Documents).RelativePath);
        Assert.Equal("content/en/products/a.md", Assert.Single(result.Problems).File);
    }

    [Fact]
    public void A_file_that_grows_or_shrinks_between_listing_and_reading_is_read_whole()
    {
        using var site = new TempSite()
            .Write("content/en/products/a.md", "---\nref: a\n---\n")
            .Write("content/en/products/b.md", "---\nref: b\ntitle: A title long enough to shrink\n---\n");
        var loader = site.Loader();
        var files = loader.ListFiles();
        // The loader reads to the end rather than trusting the size it listed.
        var grown = "---\nref: a\n---\n" + new string('x', 200_000) + "\n## Verdict\n";
        File.WriteAllText(site.PathOf("content/en/products/a.md"), grown);
        File.WriteAllText(site.PathOf("content/en/products/b.md"), "---\nref: b\n---\n");

        var result = loader.Read(files, []);

        Assert.Empty(result.Problems);
        Assert.Equal(grown, result.Documents.Single(d => d.Ref == "a").Text);
        Assert.Equal("---\nref: b\n---\n", result.Documents.Single(d => d.Ref == "b").Text);
        Assert.Equal("Verdict", Assert.Single(result.Documents.Single(d => d.Ref == "a").Sections).Heading);
    }

    [Fact]
    public void A_file_that_empties_after_listing_is_read_as_empty()
    {
        using var site = new TempSite().Write("content/en/products/a.md", "---\nref: a\n---\n");
        var loader = site.Loader();
        var files = loader.ListFiles();
        Assert.True(Assert.Single(files).Length > 0);
        File.WriteAllText(site.PathOf("content/en/products/a.md"), "");

        var result = loader.Read(files, []);

        Assert.Equal("", Assert.Single(result.Documents).Text);
    }

    [Fact]
    public void A_file_empty_when_listed_and_written_before_it_is_read_is_read_with_its_content()
    {
        using var site = new TempSite().Write("content/en/products/a.md", "");
        var loader = site.Loader();
        var files = loader.ListFiles();
        Assert.Equal(0, Assert.Single(files).Length);
        File.WriteAllText(site.PathOf("content/en/products/a.md"), "---\nref: a\n---\n");

        var result = loader.Read(files, []);

        Assert.Equal("a", Assert.Single(result.Documents).Ref);
    }
}
