using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ReviewI18n.Output.Html;

/// <summary>
/// Every piece of content written into an HTML report passes through <see cref="Text"/>: markup
/// characters and quotes become entities, so a review title like <c>&lt;script&gt;</c> is shown, never run.
/// Japanese stays readable (all Unicode ranges are allowed through as characters).
/// </summary>
public static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Text(string? value) => Encoder.Encode(TerminalText.Clean(value));

    public static string Number(double value, string format = "0.####") =>
        value.ToString(format, System.Globalization.CultureInfo.InvariantCulture);
}
