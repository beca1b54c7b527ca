using System.Text;

namespace ReviewI18n.Output;

/// <summary>
/// Content put into Markdown passes through here: characters Markdown or HTML would read as
/// syntax are escaped (so a review title cannot become a link, a table column or a tag), and
/// control characters are replaced as in a terminal.
/// </summary>
public static class MarkdownText
{
    public static string Escape(string? value)
    {
        var clean = TerminalText.Clean(value);
        var builder = new StringBuilder(clean.Length + 8);
        foreach (var c in clean)
        {
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case '|': builder.Append("\\|"); break;
                case '\t': builder.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '!' or '~' or '{' or '}': builder.Append('\\').Append(c); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }

    /// <summary>Text inside a code span: backticks cannot close it early, pipes cannot split a table cell.</summary>
    public static string Code(string? value)
    {
        var clean = TerminalText.Clean(value).Replace("|", "\\|");
        var fence = clean.Contains('`') ? "`` " : "`";
        var close = clean.Contains('`') ? " ``" : "`";
        return fence + clean + close;
    }

    public static string Percent(double share) => (share * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
