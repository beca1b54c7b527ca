using ReviewI18n.Content;
using ReviewI18n.Facts;
using ReviewI18n.Sections;

namespace ReviewI18n.Diagnostics;

public static partial class Findings
{
    /// <summary>
    /// Section alignment, untranslated text and facts that disagree. Pair findings are reported in
    /// the translation, where the translator has to act; <see cref="Diagnostic.Section"/> is the key.
    /// </summary>
    public static class Sections
    {
        public static Diagnostic MissingSection(ReviewDocument translation, KeyedSection source, string sourceLocale, int line) =>
            At(Rules.MissingSection, translation, line, 1,
                $"The {sourceLocale} section '{source.Section.Heading}' ({source.Key}) has no counterpart in this translation.",
                section: source.Key);

        public static Diagnostic ExtraSection(ReviewDocument translation, KeyedSection section, string sourceLocale) =>
            At(Rules.ExtraSection, translation, section.Section.HeadingLine, section.Section.HeadingColumn,
                $"Section '{section.Section.Heading}' ({section.Key}) has no counterpart in the {sourceLocale} source.",
                section: section.Key);

        public static Diagnostic SectionOrder(ReviewDocument translation, KeyedSection section, string sourceLocale, int sourcePosition) =>
            At(Rules.SectionOrder, translation, section.Section.HeadingLine, section.Section.HeadingColumn,
                $"Section '{section.Section.Heading}' ({section.Key}) is section {section.Index + 1} here but section {sourcePosition + 1} in the {sourceLocale} source.",
                section: section.Key);

        public static Diagnostic UnknownHeading(ReviewDocument doc, KeyedSection section, bool glossaryExists) =>
            At(Rules.UnknownHeading, doc, section.Section.HeadingLine, section.Section.HeadingColumn,
                glossaryExists
                    ? $"Heading '{section.Section.Heading}' is not in the heading glossary; the section is aligned by position."
                    : $"Heading '{section.Section.Heading}' is unknown because there is no glossary folder; sections are aligned by position.",
                section: section.Key);

        public static Diagnostic UntranslatedSection(ReviewDocument translation, KeyedSection section, LanguageVerdict verdict, string sourceLocale, int line) =>
            At(Rules.UntranslatedSection, translation, line, 1,
                $"Section '{section.Section.Heading}' ({section.Key}) {Why(verdict, sourceLocale, translation.Locale)}.",
                section: section.Key, data: new Dictionary<string, string> { ["reason"] = ReasonName(verdict) });

        public static Diagnostic UntranslatedField(ReviewDocument translation, FrontMatterField field, LanguageVerdict verdict, string sourceLocale) =>
            At(Rules.UntranslatedField, translation, field.ValueLine, field.ValueColumn,
                $"Front-matter field '{field.Key}' {Why(verdict, sourceLocale, translation.Locale)}.",
                data: new Dictionary<string, string> { ["field"] = field.Key, ["reason"] = ReasonName(verdict) });

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

        public static Diagnostic GlossaryTerm(ReviewDocument translation, KeyedSection section, string term, IReadOnlyList<string> expected, string sourceLocale) =>
            At(Rules.GlossaryTerm, translation, section.Section.HeadingLine, section.Section.HeadingColumn,
                $"The {sourceLocale} section {section.Key} uses '{term}', but this translation has none of {string.Join(", ", expected.Select(e => $"'{e}'"))}.",
                section: section.Key, suggestion: expected[0],
                data: new Dictionary<string, string> { ["term"] = term, ["expected"] = expected[0] });

        private static string Why(LanguageVerdict verdict, string sourceLocale, string locale) => verdict switch
        {
            LanguageVerdict.MissingTargetScript => $"has almost no {locale} script; it still reads as {sourceLocale}",
            LanguageVerdict.SourceScript => $"is mostly in the {sourceLocale} script",
            LanguageVerdict.EqualToSource => $"is identical to the {sourceLocale} source",
            _ => "looks untranslated",
        };

        private static string ReasonName(LanguageVerdict verdict) => verdict switch
        {
            LanguageVerdict.MissingTargetScript => "missing-target-script",
            LanguageVerdict.SourceScript => "source-script",
            LanguageVerdict.EqualToSource => "equal-to-source",
            _ => "other",
        };

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
