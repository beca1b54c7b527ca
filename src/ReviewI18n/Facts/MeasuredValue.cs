using System.Globalization;

namespace ReviewI18n.Facts;

/// <summary>A measurement value as facts write it (<c>6.35mm</c>): its number and unit.</summary>
public static class MeasuredValue
{
    /// <summary>
    /// Whether two values in the same unit are one figure written to another precision: the one
    /// with more decimals, rounded or cut to the other's, equals it (<c>6.35mm</c> = <c>6.3mm</c>,
    /// <c>11.2896MHz</c> = <c>11.2MHz</c>, <c>6.35mm</c> = <c>6mm</c>; not <c>3dB</c> and <c>3.5dB</c>,
    /// whose longer form rounds to 4). Values written to the same precision are equal only as text.
    /// </summary>
    public static bool SameToPrecision(string a, string b)
    {
        // Most pairs differ in unit or in precision not at all: tell those apart without parsing.
        var (numberA, numberB) = (NumberLength(a), NumberLength(b));
        if (numberA == 0 || numberB == 0 || !a.AsSpan(numberA).SequenceEqual(b.AsSpan(numberB))) return false;
        if (a.AsSpan(0, numberA).IndexOf('.') < 0 && b.AsSpan(0, numberB).IndexOf('.') < 0) return false;
        if (Split(a) is not { } x || Split(b) is not { } y) return false;
        var decimals = Math.Min(Decimals(x.Number), Decimals(y.Number));
        if (Decimals(x.Number) == Decimals(y.Number)) return false;
        var (precise, coarse) = Decimals(x.Number) > Decimals(y.Number) ? (x.Value, y.Value) : (y.Value, x.Value);
        // Cut rather than rounded only where the shorter form kept decimals ("11.2"): a whole number
        // is a rounding, and 3.5 is not 3.
        return Math.Round(precise, decimals, MidpointRounding.AwayFromZero) == coarse
            || decimals > 0 && Math.Truncate(precise * Pow10(decimals)) / Pow10(decimals) == coarse;
    }

    private static int NumberLength(string value)
    {
        var i = 0;
        while (i < value.Length && (char.IsAsciiDigit(value[i]) || value[i] == '.')) i++;
        return i;
    }

    private static (string Number, decimal Value, string Unit)? Split(string value)
    {
        var i = 0;
        while (i < value.Length && (char.IsAsciiDigit(value[i]) || value[i] == '.')) i++;
        if (i == 0 || !decimal.TryParse(value.AsSpan(0, i), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)) return null;
        return (value[..i], number, value[i..]);
    }

    private static int Decimals(string number) => number.IndexOf('.') is var point and >= 0 ? number.Length - point - 1 : 0;

    private static decimal Pow10(int n)
    {
        var result = 1m;
        for (var i = 0; i < n; i++) result *= 10;
        return result;
    }
}
