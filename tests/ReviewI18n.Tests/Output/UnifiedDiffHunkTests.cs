using ReviewI18n.Output;

namespace ReviewI18n.Tests.Output;

public sealed class UnifiedDiffHunkTests
{
    [Fact]
    public void Equal_texts_give_no_diff()
    {
        Assert.Equal("", UnifiedDiff.Create("a.md", "x\n", "x\n"));
    }

    [Fact]
    public void A_changed_line_shows_with_three_lines_of_context_and_standard_headers()
    {
        var old = string.Concat(Enumerable.Range(1, 10).Select(i => $"line {i}\n"));
        var changed = old.Replace("line 5\n", "line five\n", StringComparison.Ordinal);

        var diff = UnifiedDiff.Create("content/en/a.md", old, changed);

        Assert.Equal(
            "--- a/content/en/a.md\n+++ b/content/en/a.md\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+line five\n line 6\n line 7\n line 8\n",
            diff);
    }

    [Fact]
    public void Distant_changes_make_separate_hunks_and_a_missing_final_newline_is_marked()
    {
        var old = string.Concat(Enumerable.Range(1, 20).Select(i => $"l{i}\n")) + "last";
        var changed = old.Replace("l2\n", "L2\n", StringComparison.Ordinal).Replace("last", "LAST", StringComparison.Ordinal);

        var diff = UnifiedDiff.Create("a.md", old, changed);

        Assert.Equal(2, diff.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)));
        Assert.Contains("-last\n\\ No newline at end of file\n+LAST\n\\ No newline at end of file\n", diff, StringComparison.Ordinal);
    }
}
