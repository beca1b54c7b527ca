using Microsoft.Extensions.Logging.Abstractions;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Content;

public sealed class ContentLoaderTests
{
    [Fact]
    public void A_file_that_vanishes_between_listing_and_reading_is_reported_and_the_rest_loads()
    {
        using var site = new TempSite()
            .Write("content/en/products/a.md", "---\nref: a\n---\n")
            .Write("content/en/products/b.md", "---\nref: b\n---\n");
        var loader = site.Loader();
        var files = loader.ListFiles();
        File.Delete(site.PathOf("content/en/products/a.md"));

        var result = loader.Read(files, []);

        Assert.Equal("content/en/products/b.md", Assert.Single(result.Documents).RelativePath);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("file-unreadable", problem.Rule.Name);
        Assert.Equal("content/en/products/a.md", problem.File);
    }

    [Fact]
    public void Files_are_listed_per_collection_and_locale_in_path_order_and_only_md()
    {
        using var site = new TempSite()
            .Write("content/ja/products/z/b.md", "")
            .Write("content/en/products/a.MD", "")
            .Write("content/en/products/notes.txt", "")
            .Write("content/fr/products/c.md", "");
        var files = site.Loader().ListFiles();
        Assert.Equal(["content/en/products/a.MD", "content/ja/products/z/b.md"], files.Select(f => f.RelativePath));
        Assert.Equal(["en", "ja"], files.Select(f => f.Locale));
    }
}
