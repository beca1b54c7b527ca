using ReviewI18n.Cli;
using ReviewI18n.Cli.Commands;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Watch;

/// <summary><c>watch</c> in-process: edits in a temp site move the reported counts; Ctrl+C ends it with exit 0.</summary>
[Collection(nameof(WatchCommandTests))] // the Started hook is static: one watch test at a time
public sealed class WatchCommandTests
{
    private static async Task<string> WaitFor(StringWriter output, string text, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            string now;
            lock (output) now = output.ToString();
            if (now.Contains(text, StringComparison.Ordinal)) return now;
            await Task.Delay(20);
        }
        lock (output) return output.ToString();
    }

    [Fact]
    public async Task An_edit_is_rechecked_and_the_moved_counts_are_printed()
    {
        using var site = new TempSite()
            .Write("content/en/products/a/one.md", "---\nref: one\nlang: en\n---\nText.\n")
            .Write("content/ja/products/a/one.md", "---\nref: one\nlang: ja\n---\n本文。\n");
        var output = new StringWriter();
        var console = new CliConsole(TextWriter.Synchronized(output), TextWriter.Synchronized(new StringWriter()), site.Root, false, new Dictionary<string, string?>());
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var ready = new TaskCompletionSource();
        WatchCommand.Started = service => service.Ready.Task.ContinueWith(_ => ready.TrySetResult(), TaskScheduler.Default);
        try
        {
            var run = CliApp.RunAsync(["watch", "--debounce", "50", "--no-history"], console, stop.Token);
            await Task.WhenAny(ready.Task, run).WaitAsync(TimeSpan.FromSeconds(30));
            if (run.IsCompleted) Assert.Fail($"watch ended early with exit {await run}");
            Assert.Contains("Watching 2 documents, 1 pairs: 0 findings.", await WaitFor(output, "Watching", TimeSpan.FromSeconds(5)), StringComparison.Ordinal);

            // An editor saving in steps: truncate, then write; one change is reported.
            File.WriteAllText(site.PathOf("content/ja/products/a/one.md"), "");
            File.WriteAllText(site.PathOf("content/ja/products/a/one.md"), "---\nref: one\nlang: en\n---\n本文。\n");
            var text = await WaitFor(output, "ja/one: locale-mismatch 0 -> 1", TimeSpan.FromSeconds(10));
            Assert.Contains("ja/one: locale-mismatch 0 -> 1", text, StringComparison.Ordinal);

            File.Delete(site.PathOf("content/ja/products/a/one.md"));
            text = await WaitFor(output, "missing-translation 0 -> 1", TimeSpan.FromSeconds(10));
            Assert.Contains("ja/one: locale-mismatch 1 -> 0, missing-translation 0 -> 1", text, StringComparison.Ordinal);

            stop.Cancel();
            Assert.Equal(0, await run);
        }
        finally
        {
            WatchCommand.Started = null;
        }
    }

    [Fact]
    public async Task A_changed_pipeline_json_reloads_the_watch()
    {
        using var site = new TempSite().Write("content/en/products/a/one.md", "---\nref: one\n---\nText.\n");
        var output = new StringWriter();
        var console = new CliConsole(TextWriter.Synchronized(output), TextWriter.Synchronized(new StringWriter()), site.Root, false, new Dictionary<string, string?>());
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var starts = 0;
        var ready = new SemaphoreSlim(0);
        WatchCommand.Started = service =>
        {
            Interlocked.Increment(ref starts);
            service.Ready.Task.ContinueWith(_ => ready.Release(), TaskScheduler.Default);
        };
        try
        {
            var run = CliApp.RunAsync(["watch", "--debounce", "50", "--no-history"], console, stop.Token);
            Assert.True(await ready.WaitAsync(TimeSpan.FromSeconds(30)));
            site.Write("pipeline.json", TempSite.DefaultConfig.Replace("\"frontMatter\"", "\"rules\": { \"missing-translation\": \"off\" }, \"frontMatter\"", StringComparison.Ordinal));
            Assert.True(await ready.WaitAsync(TimeSpan.FromSeconds(30)));
            Assert.Contains("reloading", await WaitFor(output, "reloading", TimeSpan.FromSeconds(5)), StringComparison.Ordinal);
            Assert.Equal(2, starts);
            Assert.Contains("0 findings", output.ToString().Split("reloading")[1], StringComparison.Ordinal);
            stop.Cancel();
            Assert.Equal(0, await run);
        }
        finally
        {
            WatchCommand.Started = null;
        }
    }
}
