using System.Buffers;

namespace ReviewI18n.Facts;

/// <summary>Prices as reviews write them: in prose, and in the front-matter field <c>prices.field</c> names.</summary>
public static class PriceText
{
    private static readonly SearchValues<string> Currencies = SearchValues.Create(
        ["USD", "JPY", "EUR", "GBP", " yen", "円", "$", "¥", "￥", "€", "£", "ドル"], StringComparison.Ordinal);

    /// <summary>Whether a text states a price: a currency sign, code or word.</summary>
    public static bool Mentions(ReadOnlySpan<char> text) => text.ContainsAny(Currencies);

    /// <summary>The price a review's front matter gives in <paramref name="field"/> ("129", "19,800"); null when it has none or it is not a number.</summary>
    public static decimal? InField(Content.ReviewDocument document, string field) =>
        document.FrontMatter?.GetScalar(field) is { } text && NumberText.Parse(text.Trim()) is { } value && value >= 0 ? value : null;
}
