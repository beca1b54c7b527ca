using ReviewI18n.Output;

namespace ReviewI18n.Tests.Output;

public sealed class UnifiedDiffTests
{
    [Fact]
    public void Shows_a_changed_line_with_three_lines_of_context_and_git_headers()
    {
        var old = "a\nb\nc\nd\ne\nf\ng\nh\n";
        var now = "a\nb\nc\nd\nE\nf\ng\nh\n";
        Assert.Equal(
            "--- a/x.md\n+++ b/x.md\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n",
            UnifiedDiff.Create("x.md", old, now));
    }

    [Fact]
    public void An_inserted_line_at_the_top_counts_from_line_one()
    {
        Assert.Equal("--- a/x.md\n+++ b/x.md\n@@ -1,2 +1,3 @@\n+new\n a\n b\n", UnifiedDiff.Create("x.md", "a\nb\n", "new\na\nb\n"));
    }

    [Fact]
    public void Distant_changes_make_separate_hunks()
    {
        var old = string.Concat(Enumerable.Range(1, 20).Select(i => $"L{i}\n"));
        var now = old.Replace("L2\n", "two\n", StringComparison.Ordinal).Replace("L19\n", "nineteen\n", StringComparison.Ordinal);
        var diff = UnifiedDiff.Create("x.md", old, now);
        Assert.Equal(2, diff.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Contains("@@ -1,5 +1,5 @@", diff);
        Assert.Contains("@@ -16,5 +16,5 @@", diff);
    }

    [Fact]
    public void Equal_texts_have_no_diff() => Assert.Equal("", UnifiedDiff.Create("x.md", "a\n", "a\n"));

    [Fact]
    public void Carriage_returns_are_not_printed()
    {
        var diff = UnifiedDiff.Create("x.md", "a\r\nb\r\n", "a\r\nc\r\n");
        Assert.DoesNotContain("\r", diff);
        Assert.Contains("-b\n+c\n", diff);
    }
}
