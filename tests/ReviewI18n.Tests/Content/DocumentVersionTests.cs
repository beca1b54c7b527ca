using System.Text;
using ReviewI18n.Content;

namespace ReviewI18n.Tests.Content;

/// <summary>
/// Drift reads thousands of older versions through <see cref="DocumentReader.ReadVersion"/>, which
/// skips the front matter's fields: its text and sections must be exactly what a full read gives,
/// whatever state the front matter is in.
/// </summary>
public sealed class DocumentVersionTests
{
    private static readonly ReviewI18n.Configuration.CollectionConfig Products = new("products", "p/{locale}", null);

    public static TheoryData<string, byte[]> Versions => new()
    {
        { "simple front matter", Encoding.UTF8.GetBytes("---\nref: a\ntitle: A\n---\n\nIntro.\n\n## Overview\n\nOne.\n\n## Advice\n\nTwo.\n") },
        { "front matter the simple reader leaves to YAML", Encoding.UTF8.GetBytes("---\nref: a\ntags:\n  - x\n  - y\nsummary: >\n  folded\n  text\n---\n## Overview\nOne.\n") },
        { "front matter that is not valid YAML", Encoding.UTF8.GetBytes("---\nref: [a\ntitle: : :\n---\n## Overview\nOne.\n## Overview\nAgain.\n") },
        { "front matter never closed", Encoding.UTF8.GetBytes("---\nref: a\n## Overview\nOne.\n") },
        { "no front matter", Encoding.UTF8.GetBytes("## Overview\nOne.\n\n## 総評\n二。\n") },
        { "a byte order mark and CRLF", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\r\nref: a\r\n---\r\n## Overview\r\nOne.\r\n")] },
        { "invalid UTF-8 in a section", [.. Encoding.UTF8.GetBytes("---\nref: a\n---\n## Overview\nOn"), 0xFF, 0xE6, .. Encoding.UTF8.GetBytes("e.\n")] },
        { "empty", [] },
    };

    [Theory]
    [MemberData(nameof(Versions))]
    public void A_version_has_the_text_and_sections_of_a_full_read(string what, byte[] bytes)
    {
        var full = DocumentReader.Read(bytes, "/s/p/en/x.md", "p/en/x.md", Products, "en");
        var version = DocumentReader.ReadVersion(bytes, full);

        Assert.Equal(full.Text, version.Text);
        Assert.Equal(full.Bytes, version.Bytes);
        Assert.Equal(full.Preamble, version.Preamble);
        Assert.Equal(full.Sections, version.Sections);
        Assert.True(full.Sections.Count > 0 || what is "empty", "the case has sections to compare");
        Assert.Null(version.FrontMatter);
        Assert.Equal((full.RelativePath, full.Locale, full.Collection), (version.RelativePath, version.Locale, version.Collection));
    }
}
