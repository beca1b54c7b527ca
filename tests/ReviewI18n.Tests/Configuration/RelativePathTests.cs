using ReviewI18n.Configuration;

namespace ReviewI18n.Tests.Configuration;

/// <summary>
/// <see cref="PipelineConfig.Relative"/> cuts the root off the paths a listing gives and takes the
/// general way for anything else; both ways must agree with <see cref="Path.GetRelativePath"/>.
/// </summary>
public sealed class RelativePathTests
{
    private static PipelineConfig ConfigAt(string root) =>
        PipelineConfig.From(new PipelineOptions { Locales = ["en"], Collections = [] }, Path.Combine(root, "pipeline.json"));

    private static readonly string Root = Path.Combine(Path.GetTempPath(), "site");

    public static TheoryData<string, string> Paths => new()
    {
        { Path.Combine(Root, "_products", "en", "a.md"), "_products/en/a.md" },
        { Path.Combine(Root, "a.md"), "a.md" },
        { Path.Combine(Root, "_products", "..", "a.md"), "a.md" },
        { Path.Combine(Root, ".", "b", "a.md"), "b/a.md" },
        { Path.Combine(Root, ".hidden", "a.md"), ".hidden/a.md" },
        { Path.Combine(Path.GetTempPath(), "other", "a.md"), "../other/a.md" },
        { Path.Combine(Path.GetTempPath(), "site-b", "a.md"), "../site-b/a.md" },
        { Root + Path.DirectorySeparatorChar + Path.DirectorySeparatorChar + "a.md", "a.md" },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public void A_path_is_shown_relative_to_the_root_with_forward_slashes(string fullPath, string expected)
    {
        Assert.Equal(expected, ConfigAt(Root).Relative(fullPath));
        Assert.Equal(Path.GetRelativePath(Root, fullPath).Replace('\\', '/'), ConfigAt(Root).Relative(fullPath));
    }

    [Fact]
    public void A_site_at_the_file_system_root_keeps_its_paths_whole()
    {
        var top = Path.GetPathRoot(Path.GetTempPath())!;
        var file = Path.Combine(top, "products", "a.md");
        Assert.Equal("products/a.md", ConfigAt(top).Relative(file));
    }
}
