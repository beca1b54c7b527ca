using ReviewI18n.Encodings;
using ReviewI18n.Facts;
using ReviewI18n.Sections;
using ReviewI18n.Text;

namespace ReviewI18n.Tests.Facts;

/// <summary>Every reader that skips code agrees on where a fenced block ends (CommonMark's rule).</summary>
public sealed class CodeFenceTests
{
    // A tilde block that shows a backtick fence inside it, then prose with a figure.
    private const string Text = "~~~~\n```\nx = 99mm\n~~~~\nA 40mm driver.\n";

    [Fact]
    public void A_longer_fence_holds_a_shorter_one_of_the_other_kind()
    {
        var fence = new CodeFence();
        var code = Text.TrimEnd('\n').Split('\n').Select(line => fence.IsCode(line)).ToList();
        Assert.Equal([true, true, true, true, false], code);
        Assert.False(fence.IsOpen);
    }

    [Fact]
    public void Only_the_same_character_at_least_as_long_and_alone_closes_a_block()
    {
        var fence = new CodeFence();
        Assert.True(fence.IsCode("  ```yaml"));
        Assert.True(fence.IsCode("``"));
        Assert.True(fence.IsCode("~~~"));
        Assert.True(fence.IsCode("``` trailing"));
        Assert.True(fence.IsOpen);
        Assert.True(fence.IsCode("````"));
        Assert.False(fence.IsOpen);
    }

    [Fact]
    public void Facts_prose_and_the_encoding_mask_see_the_figure_after_the_block()
    {
        var facts = FactExtractor.Extract(Text, 0, Text.Length);
        Assert.Equal(["40mm"], facts.Measurements.Select(f => f.Value));
        Assert.Equal("Ammdriver".Length, Prose.Of(Text).Letters); // x, 99mm inside the block are not counted
        var mask = ProseMask.Build(Text);
        Assert.True(mask.IsExcluded(Text.IndexOf("99mm", StringComparison.Ordinal)));
        Assert.False(mask.IsExcluded(Text.IndexOf("40mm", StringComparison.Ordinal)));
    }
}
