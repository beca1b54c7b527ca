using ReviewI18n.Cli;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Cli;

public sealed class TerminalProgressTests
{
    [Fact]
    public async Task A_stage_shorter_than_a_second_draws_nothing_a_longer_one_draws_and_clears()
    {
        var error = new StringWriter();
        var progress = new TerminalProgress(error);
        progress.Report("Loading", 1, 10);
        Assert.Equal("", error.ToString());

        await Task.Delay(TimeSpan.FromMilliseconds(1100));
        progress.Report("Loading", 5, 10);
        Assert.Contains("Loading: 5/10  50%", error.ToString(), StringComparison.Ordinal);

        progress.Complete("Loading");
        Assert.EndsWith("\r\u001b[2K", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_terminal_stderr_carries_no_progress()
    {
        using var site = new TempSite().Write("content/en/products/a.md", "---\nref: a\n---\n");
        var result = await site.RunAsync("check");
        Assert.DoesNotContain("\r", result.Error, StringComparison.Ordinal);
    }
}
