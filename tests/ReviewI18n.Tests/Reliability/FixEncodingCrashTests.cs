using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Reliability;

/// <summary>
/// The short crash test of fix-encoding (the long one is <c>ReviewI18n.Bench sync-kill
/// --command fix-encoding</c> over the real site): the CLI, as a child process, is killed at
/// random moments; every file must then be exactly old or exactly new, and a later run finishes
/// the job and leaves no temporary file.
/// </summary>
public sealed class FixEncodingCrashTests
{
    private const int Files = 80;

    [Fact]
    public async Task A_killed_fix_encoding_leaves_every_file_old_or_new()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "review-i18n.dll");
        using var site = new TempSite();
        var old = new Dictionary<string, string>();
        var @new = new Dictionary<string, string>();
        for (var i = 0; i < Files; i++)
        {
            // Decomposed voiced kana: a certain repair (NFC) on every file.
            var body = string.Concat(Enumerable.Repeat($"## 概要\n\nか\u3099 本文 {i} です。\n\n", 40));
            var path = $"content/ja/products/a/r{i}.md";
            old[path] = $"---\nref: r{i}\n---\n{body}";
            @new[path] = $"---\nref: r{i}\n---\n{body.Replace("か\u3099", "が", StringComparison.Ordinal)}";
            site.Write($"content/en/products/a/r{i}.md", $"---\nref: r{i}\n---\n## Overview\n\nText.\n");
        }
        var random = new Random(20251121);
        for (var kill = 0; kill < 4; kill++)
        {
            foreach (var (path, text) in old) site.Write(path, text);
            await RunAsync(cli, site.Root, TimeSpan.FromMilliseconds(200 + random.NextDouble() * 1500));
            foreach (var path in old.Keys)
            {
                var now = site.Read(path);
                Assert.True(now == old[path] || now == @new[path], $"kill {kill}: {path} is neither old nor new:\n{now}");
            }
        }
        Assert.Equal(0, await RunAsync(cli, site.Root, null));
        Assert.All(old.Keys, p => Assert.Equal(@new[p], site.Read(p)));
        Assert.Empty(Directory.GetFiles(site.Root, "*.tmp", SearchOption.AllDirectories));
    }

    private static Task<int> RunAsync(string cli, string folder, TimeSpan? killAfter) =>
        CliProcess.RunAsync(cli, folder, ["fix-encoding", "--write", "--quiet"], killAfter);
}
