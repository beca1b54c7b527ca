using System.Globalization;

namespace ReviewI18n.Facts;

/// <summary>
/// Canonical text of a number as written in either locale: full-width digits become ASCII,
/// thousands separators go, trailing zeros of a fraction go (<c>0.60</c> = <c>0.6</c>,
/// <c>36,950</c> = <c>36950</c>, <c>１．０</c> = <c>1</c>). Works in a stack buffer: it runs for
/// every figure of every section.
/// </summary>
public static class NumberText
{
    private const NumberStyles Styles = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign;

    public static string Normalize(ReadOnlySpan<char> number)
    {
        Span<char> buffer = number.Length <= 64 ? stackalloc char[64] : new char[number.Length];
        var folded = Fold(number, buffer);
        if (decimal.TryParse(folded, Styles, CultureInfo.InvariantCulture, out var value))
        {
            return value.ToString("0.##########################", CultureInfo.InvariantCulture);
        }
        return folded.ToString();
    }

    /// <summary>Parses a number written either way; null when it is not one.</summary>
    public static decimal? Parse(ReadOnlySpan<char> number)
    {
        Span<char> buffer = number.Length <= 64 ? stackalloc char[64] : new char[number.Length];
        return decimal.TryParse(Fold(number, buffer), Styles, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

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

    /// <summary>The number folded to ASCII without separators, written into <paramref name="buffer"/>.</summary>
    private static ReadOnlySpan<char> Fold(ReadOnlySpan<char> number, Span<char> buffer)
    {
        var length = 0;
        foreach (var raw in number)
        {
            var c = Fold(raw);
            if (c is ',' or '_' or ' ') continue;
            buffer[length++] = c;
        }
        return buffer[..length];
    }
}
