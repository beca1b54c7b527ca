using System.Globalization;
using System.Text;

namespace ReviewI18n.Facts;

/// <summary>
/// Canonical text of a number as written in either locale: full-width digits become ASCII,
/// thousands separators go, trailing zeros of a fraction go (<c>0.60</c> = <c>0.6</c>,
/// <c>36,950</c> = <c>36950</c>, <c>１．０</c> = <c>1</c>).
/// </summary>
public static class NumberText
{
    public static string Normalize(ReadOnlySpan<char> number)
    {
        var builder = new StringBuilder(number.Length);
        foreach (var raw in number)
        {
            var c = Fold(raw);
            if (c is ',' or '_' or ' ') continue;
            builder.Append(c);
        }
        var text = builder.ToString();
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value.ToString("0.##########################", CultureInfo.InvariantCulture);
        }
        return text;
    }

    /// <summary>Parses a number written either way; null when it is not one.</summary>
    public static decimal? Parse(ReadOnlySpan<char> number) =>
        decimal.TryParse(Normalize(number), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>Full-width digits and the full-width point, comma and minus as their ASCII forms.</summary>
    public static char Fold(char c) => c switch
    {
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        '．' => '.',
        '，' => ',',
        '－' or '−' => '-',
        _ => c,
    };

    public static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';
}
