using ReviewI18n.IO;
using ReviewI18n.Sync;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Reliability;

/// <summary>
/// Writers fail safe: a disk that fills midway leaves the original whole, a read-only file is
/// reported and skipped (explicitly: as root, or through a rename, permissions alone stop
/// nothing), and a second writer is kept out by the lock.
/// </summary>
public sealed class WriteSafetyTests
{
    [Fact]
    public void A_disk_that_fills_midway_leaves_the_original_and_no_temporary_file()
    {
        using var site = new TempSite(config: null).Write("a.md", "old content");
        var path = site.PathOf("a.md");
        var payload = new byte[100_000];

        Assert.Throws<IOException>(() => AtomicFile.WriteAllBytes(path, payload, file => new FullDiskStream(file, failAfter: 4096)));

        Assert.Equal("old content", site.Read("a.md"));
        Assert.Equal(["a.md"], Directory.GetFiles(site.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void A_read_only_file_is_refused_even_for_root()
    {
        if (OperatingSystem.IsWindows()) return;
        using var site = new TempSite(config: null).Write("a.md", "old");
        File.SetUnixFileMode(site.PathOf("a.md"), UnixFileMode.UserRead | UnixFileMode.GroupRead);

        Assert.Throws<UnauthorizedAccessException>(() => AtomicFile.WriteAllBytes(site.PathOf("a.md"), "new"u8));

        Assert.Equal("old", site.Read("a.md"));
        Assert.Single(Directory.GetFiles(site.Root));
    }

    private static TempSite TwoPairs() => new TempSite()
        .Write("content/en/products/a/a.md", "---\nref: a\ndate: 2025-01-02\n---\n## Overview\n\nText.\n")
        .Write("content/ja/products/a/a.md", "---\nref: a\ndate: 2024-01-01\n---\n## 概要\n\nか\u3099本文。\n")
        .Write("content/en/products/b/b.md", "---\nref: b\ndate: 2025-01-02\n---\n## Overview\n\nText.\n")
        .Write("content/ja/products/b/b.md", "---\nref: b\ndate: 2024-01-01\n---\n## 概要\n\nか\u3099本文。\n");

    [Theory]
    [InlineData("sync")]
    [InlineData("fix-encoding")]
    public async Task A_read_only_file_is_reported_and_skipped_and_the_others_written(string command)
    {
        if (OperatingSystem.IsWindows()) return;
        using var site = TwoPairs();
        var locked = site.PathOf("content/ja/products/a/a.md");
        var before = File.ReadAllBytes(locked);
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        var result = await site.RunAsync(command, "--write");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("content/ja/products/a/a.md", result.Out + result.Error, StringComparison.Ordinal);
        Assert.Contains("read-only", result.Out + result.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(locked));
        Assert.NotEqual(before, File.ReadAllBytes(site.PathOf("content/ja/products/b/b.md")));
    }

    [Fact]
    public async Task Fix_encoding_does_not_write_while_another_writer_holds_the_lock()
    {
        using var site = TwoPairs();
        var before = site.Read("content/ja/products/b/b.md");
        using (SyncLock.Acquire(site.PathOf(".review-i18n")))
        {
            var result = await site.RunAsync("fix-encoding", "--write");
            Assert.Equal(3, result.ExitCode);
        }
        Assert.Equal(before, site.Read("content/ja/products/b/b.md"));
        Assert.Equal(0, (await site.RunAsync("fix-encoding", "--write")).ExitCode);
        Assert.NotEqual(before, site.Read("content/ja/products/b/b.md"));
    }
}
