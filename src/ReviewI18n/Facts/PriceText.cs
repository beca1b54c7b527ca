using System.Buffers;

namespace ReviewI18n.Facts;

/// <summary>Whether a text states a price: a currency sign, code or word next to its amount's language.</summary>
public static class PriceText
{
    private static readonly SearchValues<string> Currencies = SearchValues.Create(
        ["USD", "JPY", "EUR", "GBP", " yen", "円", "$", "¥", "￥", "€", "£", "ドル"], StringComparison.Ordinal);

    public static bool Mentions(ReadOnlySpan<char> text) => text.ContainsAny(Currencies);
}
