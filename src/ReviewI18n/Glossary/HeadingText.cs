using System.Text;

namespace ReviewI18n.Glossary;

/// <summary>
/// Normalizes a heading for lookup: emphasis markers and trailing notes in brackets go
/// (<c>References (accessed 2025-08-14)</c>, <c>参考情報（外部）</c>, <c>References *(verified)*</c>),
/// white space collapses, a trailing colon goes, and case is folded.
/// </summary>
public static class HeadingText
{
    public static string Normalize(string heading)
    {
        var text = heading.AsSpan().Trim();
        while (true)
        {
            var before = text.Length;
            text = text.TrimEnd(" \t*_:：").TrimStart(" \t*_");
            if (text.Length > 0 && text[^1] is ')' or '）' or ']' or '】')
            {
                var open = text.LastIndexOfAny("(（[【");
                if (open > 0) text = text[..open];
            }
            if (text.Length == before) break;
        }
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>A key for a heading the glossary does not know: its normalized text with spaces as dashes.</summary>
    public static string Slug(string heading) => Normalize(heading).Replace(' ', '-');
}
