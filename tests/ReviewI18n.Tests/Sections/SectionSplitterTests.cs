using ReviewI18n.Sections;

namespace ReviewI18n.Tests.Sections;

public sealed class SectionSplitterTests
{
    private static IReadOnlyList<Section> Split(string body, out Section? preamble)
    {
        var text = "---\nref: x\n---\n" + body;
        var (p, sections) = SectionSplitter.Split(text, 15, 4);
        preamble = p;
        return sections;
    }

    [Fact]
    public void Level_two_headings_split_sections_and_level_three_stays_inside()
    {
        var sections = Split("## One\n\nA\n\n### Sub\n\nB\n\n## Two\n\nC\n", out var preamble);
        Assert.Null(preamble);
        Assert.Equal(["One", "Two"], sections.Select(s => s.Heading));
        Assert.Equal([4, 12], sections.Select(s => s.HeadingLine));
        Assert.Equal(11, sections[0].LastLine);
        Assert.Equal(14, sections[1].LastLine);
    }

    [Fact]
    public void Headings_inside_code_fences_are_not_headings()
    {
        var sections = Split("## One\n\n```\n## not a heading\n```\n\n## Two\n", out _);
        Assert.Equal(["One", "Two"], sections.Select(s => s.Heading));
    }

    [Fact]
    public void Text_before_the_first_heading_is_the_preamble()
    {
        var sections = Split("Intro.\n\n## One\nA\n", out var preamble);
        Assert.NotNull(preamble);
        Assert.True(preamble.IsPreamble);
        Assert.Equal(4, preamble.ContentFirstLine);
        Assert.Single(sections);
    }

    [Theory]
    [InlineData("## References (accessed 2025-08-14) ##", "References (accessed 2025-08-14)")]
    [InlineData("##   Overview  ", "Overview")]
    [InlineData("## C# ##", "C#")]
    public void Heading_text_is_trimmed_of_markers(string line, string heading)
    {
        Assert.Equal(heading, Split(line + "\n", out _).Single().Heading);
    }

    /// <summary>The fast line scan and Markdig must agree wherever the scan answers.</summary>
    [Theory]
    [InlineData("## A\ntext\n## B\n")]
    [InlineData("Para\n## A\n- item\n- item\n\n## B\n")]
    [InlineData("## A\n\n    ## indented code\n\n## B\n")]
    [InlineData("## A\n~~~\n## in fence\n~~~\n## B\n")]
    [InlineData("Setext\n---\n## A\n")]
    [InlineData("<div>\n## html\n</div>\n\n## A\n")]
    [InlineData("- item\n  ## inside list\n## A\n")]
    [InlineData("> quote\n## A\n")]
    [InlineData("##\n## A\n##B\n")]
    [InlineData("$$ \\Large \\text{0.5} $$\n\n## A\n\ntext (2025.7.22)\n")]
    public void Fast_scan_agrees_with_markdig(string body)
    {
        var expected = SectionSplitter.MarkdigHeadings(body, 0, 1).Select(h => (h.Line, h.Heading)).ToList();
        var fast = FastHeadingScanner.TryScan(body, 0, 1);
        if (fast is not null)
        {
            Assert.Equal(expected, fast.Select(h => (h.Line, h.Heading)).ToList());
        }
        Assert.Equal(expected, Split(body, out _).Select(s => (s.HeadingLine - 3, s.Heading)).ToList());
    }
}
