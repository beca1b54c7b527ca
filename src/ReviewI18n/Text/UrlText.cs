namespace ReviewI18n.Text;

/// <summary>Where a URL written in running text ends, for the rules that compare URLs between locales.</summary>
public static class UrlText
{
    /// <summary>
    /// The length of the <c>http://</c> or <c>https://</c> URL at the start of <paramref name="text"/>, or 0.
    /// It ends at white space, a quote, an angle bracket, Japanese punctuation or an unbalanced ")",
    /// and leaves out the punctuation of the sentence around it ("see https://a.jp/x." ends before the dot).
    /// </summary>
    public static int Length(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith("http://") && !text.StartsWith("https://")) return 0;
        var depth = 0;
        var i = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '`' or '「' or '」' or '、' or '。' or '（' or '）') break;
            if (c == '(') depth++;
            else if (c == ')' && --depth < 0) break;
        }
        while (i > 0 && text[i - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '*' or '_' or ']') i--;
        return i;
    }
}
