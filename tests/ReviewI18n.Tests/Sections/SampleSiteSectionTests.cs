using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Sections;

/// <summary>
/// The bundled sample site (docs/SAMPLE-DEFECTS.md) with the repository's glossary: the section
/// rules find the planted section defects and their listed knock-on effects, and stay silent on
/// every trap (heading variants, 0.60, quoted English names, prices per currency, code spans).
/// </summary>
public sealed class SampleSiteSectionTests
{
    private static readonly HashSet<string> SectionRules =
    [
        "missing-section", "extra-section", "section-order", "unknown-heading", "untranslated-section",
        "untranslated-field", "fact-mismatch", "figure-mismatch", "rating-mismatch", "glossary-term",
    ];

    [Fact]
    public async Task Finds_the_planted_section_defects_and_nothing_else()
    {
        var result = await CliRunner.RunAsync(Repository.Root, ["check", "--format", "json"]);
        using var json = result.Json();
        var actual = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => SectionRules.Contains(d.GetProperty("rule").GetString()!))
            .Select(d => $"{d.GetProperty("rule").GetString()} {d.GetProperty("file").GetString()}:{d.GetProperty("line").GetInt32()}")
            .Order(StringComparer.Ordinal)
            .ToList();
        string[] expected =
        [
            "fact-mismatch content/ja/products/aurora-acoustics/aurora-studio-s8.md:33",         // #10
            "figure-mismatch content/ja/products/kestrel-audio/kestrel-kh-900.md:51",            // #15, knock-on of the source edit
            "missing-section content/ja/products/kestrel-audio/kestrel-k3.md:47",                // #8
            "rating-mismatch content/en/companies/halcyon-sound.md:9",                           // #11
            "rating-mismatch content/ja/companies/halcyon-sound.md:9",                           // #11, knock-on
            "rating-mismatch content/ja/products/aurora-acoustics/aurora-studio-s8.md:33",       // #10, knock-on
            "untranslated-section content/ja/products/tanuki-denki/tanuki-dx-1.md:29",           // #9
        ];
        Assert.Equal(expected, actual);
    }

}
