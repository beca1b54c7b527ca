using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Reliability;

/// <summary>
/// Every bad input through every command that reads content: <c>check</c> names it (file and
/// line); <c>sync</c> and <c>fix-encoding</c>, dry or writing, do not fail, never write the bad
/// file, and still do their work on the good pair beside it.
/// </summary>
public sealed class EveryCommandTests
{
    private const string BadPath = "content/en/products/bad/bad.md";
    private const string GoodSource = "content/en/products/good/good.md";
    private const string GoodTranslation = "content/ja/products/good/good.md";

    // The translation's date differs (sync has work) and its body holds decomposed kana (fix-encoding has work).
    private static TempSite SiteWith(BadInputs.Case bad) => new TempSite()
        .Write(GoodSource, "---\nref: good\ndate: 2025-01-02\n---\n## Overview\n\nText.\n")
        .Write(GoodTranslation, "---\nref: good\ndate: 2024-01-01\n---\n## 概要\n\nか\u3099本文。\n")
        .Write(BadPath, bad.Bytes);

    [Theory]
    [MemberData(nameof(BadInputs.Names), MemberType = typeof(BadInputs))]
    public async Task Check_names_the_file_and_line_and_checks_the_rest(string name)
    {
        var bad = BadInputs.Named(name);
        using var site = SiteWith(bad);
        var result = await site.RunAsync("check", "--format", "json");
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        using var json = result.Json();
        var findings = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("rule").GetString(), d.GetProperty("file").GetString(), d.GetProperty("line").GetInt32())).ToList();
        Assert.Contains((bad.Rule, BadPath, bad.Line), findings);
        Assert.Contains(findings, f => f.Item1 == "shared-field-mismatch" && f.Item2 == GoodTranslation);
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("pairs").GetInt32());
    }

    [Theory]
    [MemberData(nameof(BadInputs.Names), MemberType = typeof(BadInputs))]
    public async Task Sync_dry_and_writing_leaves_the_bad_file_and_syncs_the_good_pair(string name)
    {
        var bad = BadInputs.Named(name);
        using var site = SiteWith(bad);
        var dry = await site.RunAsync("sync");
        Assert.True(dry.ExitCode is 0 or 1, dry.ToString());
        Assert.Contains("+date: 2025-01-02", dry.Out, StringComparison.Ordinal);
        var check = await site.RunAsync("sync", "--check");
        Assert.Equal(1, check.ExitCode);

        var written = await site.RunAsync("sync", "--write");
        Assert.True(written.ExitCode is 0 or 1, written.ToString());
        Assert.Contains("date: 2025-01-02", site.Read(GoodTranslation), StringComparison.Ordinal);
        Assert.Equal(bad.Bytes, File.ReadAllBytes(site.PathOf(BadPath)));
    }

    [Theory]
    [MemberData(nameof(BadInputs.Names), MemberType = typeof(BadInputs))]
    public async Task Fix_encoding_dry_and_writing_leaves_the_bad_file_and_repairs_the_good_one(string name)
    {
        var bad = BadInputs.Named(name);
        using var site = SiteWith(bad);
        var dry = await site.RunAsync("fix-encoding");
        Assert.True(dry.ExitCode is 0 or 1, dry.ToString());
        Assert.Contains("+が本文。", dry.Out, StringComparison.Ordinal);

        var written = await site.RunAsync("fix-encoding", "--write");
        Assert.True(written.ExitCode is 0 or 1, written.ToString());
        Assert.Contains("が本文。", site.Read(GoodTranslation), StringComparison.Ordinal);
        Assert.Equal(bad.Bytes, File.ReadAllBytes(site.PathOf(BadPath)));
    }
}
