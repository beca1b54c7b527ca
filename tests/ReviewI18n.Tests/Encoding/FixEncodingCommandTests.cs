using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Encodings;

/// <summary>The command's guards: it refuses contradictory modes and never writes a file it cannot read whole.</summary>
public sealed class FixEncodingCommandTests
{
    [Fact]
    public async Task Check_and_write_together_are_a_usage_error()
    {
        using var site = new TempSite();

        var result = await site.RunAsync("fix-encoding", "--check", "--write");

        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public async Task A_file_whose_front_matter_does_not_parse_is_not_written()
    {
        using var site = new TempSite();
        const string broken = "---\nref: x\ntitle: \"unclosed\n---\n16ฮฉ\n";
        site.Write("content/ja/products/acme/x.md", broken);
        site.Write("content/ja/products/acme/y.md", "---\nref: y\n---\n16ฮฉ\n");

        var result = await site.RunAsync("fix-encoding", "--write");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(broken, site.Read("content/ja/products/acme/x.md"));
        Assert.Equal("---\nref: y\n---\n16Ω\n", site.Read("content/ja/products/acme/y.md"));
        Assert.Contains("front matter does not parse", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dry_run_prints_a_unified_diff_of_the_repair()
    {
        using var site = new TempSite();
        site.Write("content/en/products/acme/x.md", "---\nref: x\n---\nThe 16Î© driver.\n");

        var result = await site.RunAsync("fix-encoding");

        Assert.Equal(
            "--- a/content/en/products/acme/x.md\n+++ b/content/en/products/acme/x.md\n@@ -1,4 +1,4 @@\n ---\n ref: x\n ---\n-The 16Î© driver.\n+The 16Ω driver.\n",
            result.Out.ReplaceLineEndings("\n"));
    }
}
