using ReviewI18n.Encodings;

namespace ReviewI18n.Tests.Encodings;

/// <summary>Code and URLs are never prose: the mask that keeps repairs out of them.</summary>
public sealed class ProseMaskTests
{
    [Theory]
    [InlineData("a `code` b", 3, true)]
    [InlineData("a `code` b", 9, false)]
    [InlineData("a ``co`de`` b", 6, true)]
    [InlineData("see https://example.com/Ã© now", 10, true)]
    [InlineData("see https://example.com/Ã© now", 29, false)]
    [InlineData("text\n```\nÃ©\n```\nafter", 9, true)]
    [InlineData("text\n```\nÃ©\n```\nafter", 17, false)]
    [InlineData("text\n~~~~\nopen fence to the end", 15, true)]
    [InlineData("an unmatched ` backtick", 16, false)]
    public void Marks_code_spans_fences_and_urls(string text, int offset, bool excluded)
    {
        Assert.Equal(excluded, ProseMask.Build(text).IsExcluded(offset));
    }
}
