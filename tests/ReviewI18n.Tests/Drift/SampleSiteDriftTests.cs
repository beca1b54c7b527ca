using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Drift;

/// <summary>The bundled sample site shows planted drift #15 from its baseline store, with the word diff.</summary>
public sealed class SampleSiteDriftTests
{
    [Fact]
    public async Task The_planted_stale_section_is_the_only_one_and_carries_the_source_change()
    {
        var result = await CliRunner.RunAsync(Repository.Root, ["check", "--format", "json", "--rule", "stale-section"]);
        using var json = result.Json();
        var stale = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("content/ja/products/kestrel-audio/kestrel-kh-900.md", stale.GetProperty("file").GetString());
        Assert.Equal(49, stale.GetProperty("line").GetInt32());
        Assert.Equal("advice", stale.GetProperty("section").GetString());
        // The old text comes from the commit the baseline names; a shallow clone lacks it.
        if (!File.Exists(Path.Combine(Repository.Root, ".git", "shallow")))
        {
            Assert.Contains("[-1W-]{+2W+}", stale.GetProperty("data").GetProperty("diff").GetString(), StringComparison.Ordinal);
        }
    }
}
