using System.Text.RegularExpressions;

namespace ReviewI18n.Xliff;

/// <summary>One run of a section's text: translatable text, or a protected code that must come back unchanged.</summary>
public readonly record struct InlineRun(string Text, bool IsCode);

/// <summary>
/// Splits Markdown into text a translator edits and codes a CAT tool must keep as they are (XLIFF
/// <c>ph</c> elements): fenced code blocks, math (<c>$$ ... $$</c>, so the score line too), inline
/// code, URLs (a link's target, a bare URL), citation markers (<c>[3]</c>, <c>［3］</c>), emphasis
/// marks (<c>**</c>, <c>__</c>), HTML tags, and the marks that start a line (<c>### </c>, list
/// bullets and numbers, <c>&gt; </c>), and characters XML cannot carry (controls, lone
/// surrogates), which travel as codes so the file stays well-formed. Joining the runs gives the
/// text back exactly.
/// </summary>
public static partial class InlineCode
{
    [GeneratedRegex(
        @"(?<fence>^(?:```|~~~)[^\n]*\n(?:.*\n)*?(?:```|~~~)[ \t]*$)" +
        @"|(?<math>\$\$.*?\$\$)" +
        @"|(?<code>`+[^`\n]+`+)" +
        @"|(?<url>https?://[^\s<>()\]）]+)" +
        @"|(?<marker>\[\d{1,3}\]|［\d{1,3}］)" +
        @"|(?<emphasis>\*\*|__)" +
        @"|(?<tag></?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>)" +
        @"|(?<linestart>^(?:\#{1,6}[ \t]+|[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+|>[ \t]?))" +
        @"|(?<forbidden>[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])",
        RegexOptions.Multiline)]
    private static partial Regex Codes();

    public static List<InlineRun> Split(string text)
    {
        var runs = new List<InlineRun>();
        var at = 0;
        foreach (Match m in Codes().Matches(text))
        {
            var value = m.Value;
            // A URL ends before sentence punctuation, as a reader would end it.
            if (m.Groups["url"].Success) value = text.Substring(m.Index, ReviewI18n.Text.UrlText.Length(text.AsSpan(m.Index)));
            if (m.Index < at || value.Length == 0) continue;
            if (m.Index > at) runs.Add(new InlineRun(text[at..m.Index], false));
            runs.Add(new InlineRun(value, true));
            at = m.Index + value.Length;
        }
        if (at < text.Length) runs.Add(new InlineRun(text[at..], false));
        return runs;
    }
}
