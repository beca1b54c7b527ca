using ReviewI18n.Output.Html;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Reports;

/// <summary>Content in HTML reports is text, never markup (the browser tests check the same in Chromium).</summary>
public sealed class HtmlEscapingTests
{
    [Fact]
    public void Markup_and_quotes_become_entities() =>
        Assert.Equal("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 日本", Html.Text("<script>alert(\"x\")</script> & 日本"));

    [Fact]
    public async Task A_title_with_a_script_tag_is_escaped_in_the_worklist()
    {
        using var site = new TempSite()
            .Write("content/en/products/a/x.md", ReportSites.Doc("x", "en", "products", "a", "Overview", ReportSites.English)
                .Replace("title: \"x review\"", "title: \"<script>document.title='pwned'</script>\""));
        var result = await site.RunAsync("pending", "--format", "html");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;", result.Out);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(result.Out, "<script>"));
    }

    [Fact]
    public async Task A_hostile_title_cannot_break_the_Markdown_worklist()
    {
        using var site = new TempSite()
            .Write("content/en/products/a/x.md", ReportSites.Doc("x", "en", "products", "a", "Overview", ReportSites.English)
                .Replace("title: \"x review\"", "title: \"[click](http://evil) | <img src=x> # **bold**\""));
        var result = await site.RunAsync("pending", "--format", "markdown");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("## \\[click\\](http://evil) \\| &lt;img src=x&gt; \\# \\*\\*bold\\*\\*", result.Out);
        Assert.DoesNotContain("<img", result.Out);
    }
}
