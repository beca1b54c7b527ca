using System.Diagnostics;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Sync;

/// <summary>
/// A short version of the crash test (the long one is <c>ReviewI18n.Bench sync-kill</c> over the
/// real site): the real CLI runs as a child process and is killed at random moments; every file
/// must then be exactly its old or its new version, and a later run must finish the job even
/// though the killed run left its lock file behind.
/// </summary>
public sealed class SyncCrashTests
{
    private const int Files = 100;

    [Fact]
    public async Task A_killed_sync_leaves_every_file_old_or_new()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "review-i18n.dll");
        using var site = new TempSite();
        using var reference = new TempSite();
        var old = new Dictionary<string, string>();
        for (var i = 0; i < Files; i++)
        {
            var body = string.Concat(Enumerable.Repeat($"## 概要\n\n本文 {i} です。\n\n", 40));
            var en = $"---\nref: r{i}\ndate: 2025-09-21\nrating: [3.0, 0.6]\n---\n## Overview\n";
            var ja = $"---\nref: r{i}\ndate: 2025-09-{1 + i % 20:00}\nrating: [2.9, 0.6]\n---\n{body}";
            foreach (var s in new[] { site, reference })
            {
                s.Write($"content/en/products/a/r{i}.md", en);
                s.Write($"content/ja/products/a/r{i}.md", ja);
            }
            old[$"content/ja/products/a/r{i}.md"] = ja;
        }
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, await RunAsync(cli, reference.Root, null));
        var fullRun = clock.Elapsed;
        var @new = old.Keys.ToDictionary(p => p, reference.Read);
        Assert.All(old.Keys, p => Assert.NotEqual(old[p], @new[p]));

        var random = new Random(20251121);
        for (var kill = 0; kill < 4; kill++)
        {
            // Back to the old state: the old files and no baseline (a finished run records one).
            foreach (var (path, text) in old) site.Write(path, text);
            if (File.Exists(site.PathOf(".review-i18n/baseline.json"))) File.Delete(site.PathOf(".review-i18n/baseline.json"));
            await RunAsync(cli, site.Root, TimeSpan.FromMilliseconds(random.NextDouble() * fullRun.TotalMilliseconds));
            foreach (var path in old.Keys)
            {
                var now = site.Read(path);
                Assert.True(now == old[path] || now == @new[path], $"kill {kill}: {path} is neither old nor new:\n{now}");
            }
        }
        Assert.Equal(0, await RunAsync(cli, site.Root, null));
        Assert.All(old.Keys, p => Assert.Equal(@new[p], site.Read(p)));
    }

    private static Task<int> RunAsync(string cli, string folder, TimeSpan? killAfter) =>
        CliProcess.RunAsync(cli, folder, ["sync", "--write", "--quiet"], killAfter);
}
