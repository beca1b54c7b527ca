using ReviewI18n.Sync;

namespace ReviewI18n.Tests.Sync;

public sealed class SyncLockTests
{
    [Fact]
    public void A_second_lock_is_refused_while_the_first_is_held_and_free_after()
    {
        var folder = Directory.CreateTempSubdirectory("lock-").FullName;
        try
        {
            using (SyncLock.Acquire(folder))
            {
                Assert.Throws<SyncLockedException>(() => SyncLock.Acquire(folder));
            }
            Assert.False(File.Exists(Path.Combine(folder, SyncLock.FileName)));
            using (SyncLock.Acquire(folder))
            {
            }
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void A_stale_lock_of_a_process_that_is_gone_is_taken_over()
    {
        var folder = Directory.CreateTempSubdirectory("lock-").FullName;
        try
        {
            // Process ids are below 2^22 on Linux; this one cannot be running.
            File.WriteAllText(Path.Combine(folder, SyncLock.FileName), "2147483646 0");
            using (SyncLock.Acquire(folder))
            {
                Assert.Contains(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    File.ReadAllText(Path.Combine(folder, SyncLock.FileName)));
            }
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task Sync_write_exits_3_while_another_sync_holds_the_lock()
    {
        using var site = new Testing.TempSite();
        site.Write("content/en/products/a/one.md", "---\nref: one\ndate: 2025-09-21\n---\n");
        site.Write("content/ja/products/a/one.md", "---\nref: one\ndate: 2025-09-12\n---\n");
        using (SyncLock.Acquire(site.PathOf(".review-i18n")))
        {
            var result = await site.RunAsync("sync", "--write");
            Assert.Equal(3, result.ExitCode);
            Assert.Contains("another sync is running", result.Error);
        }
        Assert.Equal("---\nref: one\ndate: 2025-09-12\n---\n", site.Read("content/ja/products/a/one.md"));
    }
}
