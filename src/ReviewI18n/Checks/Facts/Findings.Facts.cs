using ReviewI18n.Content;
using ReviewI18n.Facts;

namespace ReviewI18n.Diagnostics;

public static partial class Findings
{
    /// <summary>
    /// Facts that must not change in translation or must agree with each other: scores, cited
    /// sources, measured values, prices, the rating. Pair findings are reported in the translation.
    /// </summary>
    public static class Facts
    {
        public static Diagnostic FactMismatch(ReviewDocument translation, string key, FactKind kind, string sourceLocale,
            string sourceValue, string translationValue, int offset) =>
            AtOffset(kind == FactKind.Measurement ? Rules.FigureMismatch : Rules.FactMismatch, translation, offset,
                $"{Describe(kind)} differ in section {key}: {sourceLocale} {sourceValue}, {translation.Locale} {translationValue}.",
                section: key,
                data: new Dictionary<string, string>
                {
                    ["fact"] = kind.ToName(),
                    ["source"] = sourceValue,
                    ["translation"] = translationValue,
                    ["sourceLocale"] = sourceLocale,
                });

        public static Diagnostic PriceMismatch(ReviewDocument translation, string field, decimal sourcePrice, string sourceCurrency,
            decimal price, string currency, decimal rate, Configuration.RateBand band) =>
            At(Rules.PriceMismatch, translation, translation.LineOf(field), translation.FrontMatter?[field]?.ValueColumn ?? 1,
                string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"{field} {price:0.##} {currency} against {sourcePrice:0.##} {sourceCurrency} in the source is {rate:0.#} {currency} per {sourceCurrency}, outside {band.Min:0.##}-{band.Max:0.##}: a digit too many or too few?"),
                data: new Dictionary<string, string>
                {
                    ["price"] = price.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["sourcePrice"] = sourcePrice.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["rate"] = rate.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
                });

        public static Diagnostic ForeignCurrency(ReviewDocument source, string? section, int offset, string written, string currency, string suggestion) =>
            AtOffset(Rules.ForeignCurrency, source, offset,
                $"'{written}' is a {currency} price in {source.Locale} prose; write it in this locale's currency (about {suggestion}).",
                section: section, suggestion: suggestion, data: new Dictionary<string, string> { ["currency"] = currency, ["written"] = written });

        public static Diagnostic DanglingCitation(ReviewDocument doc, string? section, Fact marker, int entries) =>
            AtOffset(Rules.DanglingCitation, doc, marker.Offset,
                $"Citation [{marker.Value}] has no entry [{marker.Value}] in the reference list ({entries} entries).",
                section: section, data: new Dictionary<string, string> { ["marker"] = marker.Value });

        public static Diagnostic SectionScoreVsRating(ReviewDocument doc, string key, Fact score, int index, string ratingValue) =>
            AtOffset(Rules.RatingMismatch, doc, score.Offset,
                $"Section {key} scores {score.Value} but rating[{index}] is {ratingValue}.",
                section: key, suggestion: ratingValue,
                data: new Dictionary<string, string> { ["score"] = score.Value, ["rating"] = ratingValue, ["index"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        public static Diagnostic RatingTotal(ReviewDocument doc, string total, string sum) =>
            At(Rules.RatingMismatch, doc, doc.LineOf("rating"), 1,
                $"rating[0] is {total} but the other five scores add up to {sum}.",
                suggestion: sum, data: new Dictionary<string, string> { ["total"] = total, ["sum"] = sum });

        private static string Describe(FactKind kind) => kind switch
        {
            FactKind.Score => "Scores",
            FactKind.ReferenceMarker => "Reference markers",
            FactKind.Url => "URLs",
            FactKind.Citation => "Cited sources",
            _ => "Measurements",
        };
    }
}
