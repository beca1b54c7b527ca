using Microsoft.Extensions.Logging.Abstractions;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Content;

public sealed class FolderPrefetchTests
{
    private static TempSite SampleSite() => new TempSite()
        .Write("content/en/products/acme/a.md", "---\nref: a\n---\n")
        .Write("content/ja/products/acme/a.md", "---\nref: a\n---\n")
        .Write("content/en/companies/acme.md", "---\nref: acme\n---\n");

    [Fact]
    public void The_folders_a_pipeline_json_names_are_those_the_loader_lists()
    {
        using var site = SampleSite();
        var folders = FolderPrefetch.FoldersNamedIn(site.PathOf("pipeline.json"));
        Assert.Equal(
            [
                site.PathOf("content/en/products"), site.PathOf("content/ja/products"),
                site.PathOf("content/en/companies"), site.PathOf("content/ja/companies"),
            ],
            folders);
    }

    [Theory]
    [InlineData("""{ "collections": [ { "name": "p", "path": "p/{locale}" } ] }""")]
    [InlineData("""{ "locales": ["en"] }""")]
    [InlineData("""{ "locales": ["en"], "collections": [ { "name": "p" } ] }""")]
    [InlineData("""{ "locales": [1], "collections": [ { "name": "p", "path": "p/{locale}" } ] }""")]
    [InlineData("not json")]
    public void Without_locales_and_paths_written_out_there_is_no_guess(string config)
    {
        using var site = new TempSite(config);
        Assert.Empty(FolderPrefetch.FoldersNamedIn(site.PathOf("pipeline.json")));
    }

    [Fact]
    public void Keys_match_without_regard_to_case_and_paths_are_normalized_as_the_config_does()
    {
        using var site = new TempSite("""{ "Locales": ["en"], "Collections": [ { "name": "p", "Path": "docs\\{locale}\\" } ] }""");
        var folder = Assert.Single(FolderPrefetch.FoldersNamedIn(site.PathOf("pipeline.json")));
        Assert.Equal(Path.Combine(site.Root, "docs/en"), folder);
    }

    [Fact]
    public void A_prefetched_listing_gives_the_same_files_as_listing_afresh()
    {
        using var site = SampleSite();
        var prefetch = FolderPrefetch.Start(FolderPrefetch.FoldersNamedIn(site.PathOf("pipeline.json")));

        var prefetched = site.Loader(prefetch).ListFiles(out var problems);
        var fresh = site.Loader().ListFiles();

        Assert.Empty(problems);
        Assert.Equal(fresh.Select(f => (f.RelativePath, f.Collection, f.Locale, f.Length)), prefetched.Select(f => (f.RelativePath, f.Collection, f.Locale, f.Length)));
        Assert.Equal(3, prefetched.Count);
    }

    [Fact]
    public void A_prefetched_folder_is_taken_once_and_later_listings_see_the_disk()
    {
        using var site = SampleSite();
        var prefetch = FolderPrefetch.Start(FolderPrefetch.FoldersNamedIn(site.PathOf("pipeline.json")));
        var loader = site.Loader(prefetch);
        Assert.Equal(3, loader.ListFiles().Count);

        site.Write("content/ja/companies/acme.md", "---\nref: acme\n---\n");

        Assert.Equal(4, loader.ListFiles().Count);
        Assert.Empty(prefetch.Folders);
    }

    [Fact]
    public void A_wrong_guess_is_never_used_and_the_loader_lists_its_own_folders()
    {
        using var site = SampleSite().Write("elsewhere/x.md", "---\nref: x\n---\n");
        var prefetch = FolderPrefetch.Start([site.PathOf("elsewhere")]);

        var files = site.Loader(prefetch).ListFiles();

        Assert.DoesNotContain(files, f => f.RelativePath.StartsWith("elsewhere", StringComparison.Ordinal));
        Assert.Equal(3, files.Count);
        Assert.Single(prefetch.Folders);
    }

    [Fact]
    public void A_folder_missing_when_prefetched_but_present_when_listed_is_listed_then()
    {
        using var site = SampleSite();
        var prefetch = FolderPrefetch.Start(FolderPrefetch.FoldersNamedIn(site.PathOf("pipeline.json")));
        // The folder appears whole (written beside, then renamed into place): the prefetch sees it
        // with its file or not at all, and either way the listing has the file.
        site.Write("content/ja/companies.new/acme.md", "---\nref: acme\n---\n");
        Directory.Move(site.PathOf("content/ja/companies.new"), site.PathOf("content/ja/companies"));
        Assert.Contains(site.Loader(prefetch).ListFiles(), f => f.RelativePath == "content/ja/companies/acme.md");
    }
}
