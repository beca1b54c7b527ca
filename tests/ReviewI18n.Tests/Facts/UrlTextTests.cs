using ReviewI18n.Text;

namespace ReviewI18n.Tests.Facts;

public sealed class UrlTextTests
{
    [Theory]
    [InlineData("https://example.com/page see more", "https://example.com/page")]
    [InlineData("https://example.com/page.", "https://example.com/page")]
    [InlineData("https://example.com/a_(b) and", "https://example.com/a_(b)")]
    [InlineData("https://example.com/a) and", "https://example.com/a")]
    [InlineData("https://example.jp/x」を参照。", "https://example.jp/x")]
    [InlineData("https://example.jp/x、次に", "https://example.jp/x")]
    [InlineData("http://example.com/q?x=1\"", "http://example.com/q?x=1")]
    [InlineData("https://example.com/wiki/日本 next", "https://example.com/wiki/日本")]
    public void Ends_where_the_sentence_around_it_resumes(string text, string url) =>
        Assert.Equal(url, text[..UrlText.Length(text)]);

    [Theory]
    [InlineData("httpd is a server")]
    [InlineData("ftp://example.com")]
    [InlineData("")]
    public void Is_zero_when_no_url_starts_the_text(string text) =>
        Assert.Equal(0, UrlText.Length(text));
}
