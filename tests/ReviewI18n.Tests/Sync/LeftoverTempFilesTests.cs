using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Sync;

public sealed class LeftoverTempFilesTests
{
    [Fact]
    public async Task A_writing_sync_removes_temporary_files_of_dead_writers_and_keeps_others()
    {
        using var site = new TempSite();
        site.Write("content/en/products/a/one.md", "---\nref: one\n---\n");
        site.Write("content/ja/products/a/one.md", "---\nref: one\n---\n");
        var dead = $"content/ja/products/a/.one.md.2147483646.{Guid.NewGuid():N}.tmp";
        var alive = $"content/ja/products/a/.one.md.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        var other = "content/ja/products/a/.notes.tmp";
        foreach (var path in new[] { dead, alive, other }) site.Write(path, "x");

        Assert.Equal(0, (await site.RunAsync("sync", "--write")).ExitCode);

        Assert.False(File.Exists(site.PathOf(dead)));
        Assert.True(File.Exists(site.PathOf(alive)));
        Assert.True(File.Exists(site.PathOf(other)));
    }
}
