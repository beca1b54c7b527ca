using ReviewI18n.Analysis;
using ReviewI18n.Configuration;
using ReviewI18n.Diagnostics;
using ReviewI18n.Facts;
using ReviewI18n.Pairing;

namespace ReviewI18n.Checks.Facts;

/// <summary>
/// <c>price-mismatch</c>: the front-matter price of a translation, in its locale's currency,
/// against the source's, gives an exchange rate outside the band pipeline.json <c>prices</c>
/// names for that locale (a Japanese price with an extra zero, an English one missing a digit).
/// Silent without <c>prices</c>, for a price that is not a single number (sync and the site's own
/// validator say so), and when both prices are 0 (free software).
/// </summary>
public sealed class PriceMismatchCheck(PipelineConfig config) : IPairCheck
{
    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.PriceMismatch];

    public void Check(DocumentPair pair, SiteAnalysis analysis, ICollection<Diagnostic> findings)
    {
        if (config.Prices is not { } prices || !prices.Rates.TryGetValue(pair.Locale, out var band)) return;
        if (!prices.Currencies.TryGetValue(pair.Source.Locale, out var sourceCurrency) || !prices.Currencies.TryGetValue(pair.Locale, out var currency)) return;
        if (PriceText.InField(pair.Source, prices.Field) is not { } sourcePrice || PriceText.InField(pair.Translation, prices.Field) is not { } price) return;
        if (sourcePrice == 0 && price == 0) return;
        var rate = sourcePrice == 0 ? decimal.MaxValue : price / sourcePrice;
        if (band.Contains(rate)) return;
        findings.Add(Findings.Facts.PriceMismatch(pair.Translation, prices.Field, sourcePrice, sourceCurrency, price, currency, rate, band));
    }
}
