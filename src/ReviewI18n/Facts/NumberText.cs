using System.Globalization;
using System.Runtime.CompilerServices;
using ReviewI18n.Text;

namespace ReviewI18n.Facts;

/// <summary>
/// Canonical text of a number as written in either locale: full-width digits become ASCII,
/// thousands separators go, leading zeros of the whole part and trailing zeros of a fraction go
/// (<c>0.60</c> = <c>0.6</c>, <c>36,950</c> = <c>36950</c>, <c>１．０</c> = <c>1</c>). Works in a
/// stack buffer and trims plain numbers by hand: it runs for every figure of every section, and
/// formatting a decimal costs more than finding the figures.
/// </summary>
public static class NumberText
{
    private const NumberStyles Styles = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign;

    /// <summary>Digits a plain number may have to be trimmed by hand: decimal holds it exactly and prints every fraction digit.</summary>
    private const int MaxPlainLength = 26;

    /// <summary>The numbers 0 to 99, shared: markers and small figures repeat on every page.</summary>
    private static readonly string[] Small = BuildSmall();

    private static string[] BuildSmall()
    {
        var small = new string[100];
        for (var n = 0; n < small.Length; n++) small[n] = n.ToString(CultureInfo.InvariantCulture);
        return small;
    }

    public static string Normalize(ReadOnlySpan<char> number) => Normalize(number, "");

    /// <summary>The canonical number followed by <paramref name="suffix"/> (a unit), as one string.</summary>
    public static string Normalize(ReadOnlySpan<char> number, string suffix)
    {
        // Most figures are plain ASCII already ("20", "0.78"): those need no folded copy.
        return TryTrim(number, out var plain) ? WithSuffix(plain, suffix) : NormalizeFolded(number, suffix);
    }

    private static string NormalizeFolded(ReadOnlySpan<char> number, string suffix)
    {
        Span<char> buffer = number.Length <= 64 ? stackalloc char[64] : new char[number.Length];
        var folded = Fold(number, buffer);
        return TryTrim(folded, out var plain) ? WithSuffix(plain, suffix) : string.Concat(Formatted(folded), suffix);
    }

    private static string WithSuffix(ReadOnlySpan<char> plain, string suffix) =>
        suffix.Length > 0 ? string.Concat(plain, suffix) : Shared(plain) ?? plain.ToString();

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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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

    /// <summary>
    /// A plain number (ASCII digits before an optional point and more digits) without its
    /// leading and trailing zeros, as a slice of <paramref name="folded"/>: what decimal's
    /// formatting would write for it. False for anything else (a sign, a second point, a bare
    /// ".5", too many digits), which goes the decimal way.
    /// </summary>
    internal static bool TryTrim(ReadOnlySpan<char> folded, out ReadOnlySpan<char> plain)
    {
        plain = default;
        if (folded.Length is 0 or > MaxPlainLength) return false;
        var point = folded.IndexOf('.');
        var whole = point < 0 ? folded : folded[..point];
        var fraction = point < 0 ? [] : folded[(point + 1)..];
        if (whole.IsEmpty || whole.ContainsAnyExcept(CharRanges.AsciiDigits) || fraction.ContainsAnyExcept(CharRanges.AsciiDigits)) return false;
        var first = whole.IndexOfAnyExcept('0');
        if (first < 0) first = whole.Length - 1; // all zeros: one stays
        var digits = fraction.TrimEnd('0').Length;
        plain = digits == 0 ? whole[first..] : folded[first..(point + 1 + digits)];
        return true;
    }

    /// <summary>What decimal makes of a number that is not plain; the folded text when it is not a number.</summary>
    private static string Formatted(ReadOnlySpan<char> folded) =>
        decimal.TryParse(folded, Styles, CultureInfo.InvariantCulture, out var value)
            ? value.ToString("0.##########################", CultureInfo.InvariantCulture)
            : folded.ToString();

    private static string? Shared(ReadOnlySpan<char> plain) => plain.Length switch
    {
        1 => Small[plain[0] - '0'],
        2 when plain[0] != '0' => Small[(plain[0] - '0') * 10 + plain[1] - '0'],
        _ => null,
    };
}
