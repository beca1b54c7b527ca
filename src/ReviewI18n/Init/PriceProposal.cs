using System.Text.Json.Nodes;
using ReviewI18n.Facts;
using ReviewI18n.Pairing;

namespace ReviewI18n.Init;

/// <summary>
/// What <c>init</c> proposes for pipeline.json <c>prices</c>, from the site's own pairs: a localized
/// field named like a price whose values are numbers, each locale's usual currency, and per
/// target locale a band around the median exchange rate its pairs give (a third of it to five
/// thirds: 50-250 JPY per USD for a median of 150).
/// </summary>
public static class PriceProposal
{
    private static readonly string[] FieldNames = ["price", "msrp", "price_usd", "price_jpy"];

    /// <summary>The usual currency of a locale, or null when it has none this table knows.</summary>
    public static string? CurrencyOf(string locale) => locale.ToLowerInvariant() switch
    {
        "en" or "en-us" => "USD",
        "en-gb" => "GBP",
        "ja" or "ja-jp" => "JPY",
        "de" or "fr" or "es" or "it" or "nl" or "fi" or "pt" => "EUR",
        "zh" or "zh-cn" => "CNY",
        "ko" => "KRW",
        _ => null,
    };

    public static JsonObject? Propose(SiteModel site, IReadOnlyList<string> localized, string source)
    {
        if (FieldNames.FirstOrDefault(localized.Contains) is not { } field || CurrencyOf(source) is not { } sourceCurrency) return null;
        var currencies = new JsonObject { [source] = sourceCurrency };
        var rates = new JsonObject();
        foreach (var group in site.Pairs.GroupBy(p => p.Locale))
        {
            if (CurrencyOf(group.Key) is not { } currency || currency == sourceCurrency) continue;
            var ratios = group
                .Select(p => (Source: PriceText.InField(p.Source, field), Translation: PriceText.InField(p.Translation, field)))
                .Where(p => p.Source > 0 && p.Translation > 0)
                .Select(p => p.Translation!.Value / p.Source!.Value)
                .Order()
                .ToList();
            if (ratios.Count < 10) continue;
            var median = ratios[ratios.Count / 2];
            currencies[group.Key] = currency;
            rates[group.Key] = new JsonObject
            {
                ["min"] = Rounded(median / 3),
                ["max"] = Rounded(median * 5 / 3),
                ["typical"] = Rounded(median),
            };
        }
        return rates.Count == 0 ? null : new JsonObject { ["field"] = field, ["currencies"] = currencies, ["rates"] = rates };
    }

    /// <summary>Two significant figures: 50, 250, 0.0067.</summary>
    private static decimal Rounded(decimal value)
    {
        if (value <= 0) return value;
        var digits = (int)Math.Floor(Math.Log10((double)value)) - 1;
        var scale = (decimal)Math.Pow(10, digits);
        return Math.Round(value / scale) * scale;
    }
}
