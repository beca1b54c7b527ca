using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Reports;

/// <summary>
/// A finding about a section names it exactly (its file's section index, and for a section the
/// translation lacks, the source's): its heading is that section's, and the worklist and
/// coverage find it without matching keys or lines.
/// </summary>
public sealed class SectionLocationTests
{
    [Fact]
    public async Task A_missing_section_is_about_the_source_section_not_the_translation_section_it_would_follow()
    {
        using var site = new TempSite()
            .Write("glossary/headings.yml", "overview:\n  en: Overview\n  ja: 概要\nadvice:\n  en: Advice\n  ja: アドバイス\nsound:\n  en: Sound\n  ja: 音質\n")
            .Write("content/en/products/a/one.md", TempSite.Review("ref: one\nlang: en", "## Overview\n\nText.\n\n## Sound\n\nMore text.\n\n## Advice\n\nBuy it.\n"))
            .Write("content/ja/products/a/one.md", TempSite.Review("ref: one\nlang: ja", "## 概要\n\n本文。\n\n## アドバイス\n\n買い。\n"));

        var check = await site.RunAsync("check", "--format", "json", "--no-history");
        using var json = check.Json();
        var missing = json.RootElement.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("rule").GetString() == "missing-section");
        Assert.Equal(("content/ja/products/a/one.md", "sound", "Sound"),
            (missing.GetProperty("file").GetString(), missing.GetProperty("section").GetString(), missing.GetProperty("heading").GetString()));

        var pending = await site.RunAsync("pending", "--locale", "ja", "--format", "json");
        using var list = pending.Json();
        var item = list.RootElement.GetProperty("reviews")[0].GetProperty("items").EnumerateArray().Single();
        Assert.Equal(("missing-section", "Sound"), (item.GetProperty("kind").GetString(), item.GetProperty("heading").GetString()));

        var report = await site.RunAsync("report", "--format", "json");
        using var coverage = report.Json();
        var sections = coverage.RootElement.GetProperty("locales")[0].GetProperty("sections");
        Assert.Equal((3, 2, 1), (sections.GetProperty("source").GetInt32(), sections.GetProperty("current").GetInt32(), sections.GetProperty("missing").GetInt32()));
    }
}
