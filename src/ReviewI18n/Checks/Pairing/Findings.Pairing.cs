using ReviewI18n.Content;

namespace ReviewI18n.Diagnostics;

public static partial class Findings
{
    /// <summary>Pairing by ref, file names, locales and front matter.</summary>
    public static class Pairing
    {
        /// <summary>Reported on the source file's <c>ref</c> line; the finding's locale is the one missing.</summary>
        public static Diagnostic MissingTranslation(ReviewDocument source, string locale) =>
            At(Rules.MissingTranslation, source, source.LineOf("ref"), 1,
                $"No {locale} translation of {source.Collection.Name} '{source.Key}'.", locale: locale);

        public static Diagnostic OrphanTranslation(ReviewDocument translation, string sourceLocale) =>
            At(Rules.OrphanTranslation, translation, translation.LineOf("ref"), 1,
                $"No {sourceLocale} source document has ref '{translation.Key}'.");

        public static Diagnostic DuplicateRef(ReviewDocument doc, IEnumerable<ReviewDocument> others) =>
            At(Rules.DuplicateRef, doc, doc.LineOf("ref"), 1,
                $"Ref '{doc.Key}' is also used by {string.Join(", ", others.Select(o => o.RelativePath))}.");

        public static Diagnostic RefMismatch(ReviewDocument doc, string? reference, string stem, string? permalinkSlug) =>
            At(Rules.RefMismatch, doc, doc.LineOf("ref"), 1,
                $"File name, ref and permalink disagree: file name '{stem}', ref {Quote(reference)}, permalink ends in {Quote(permalinkSlug)}.",
                suggestion: reference is null ? null : $"{reference}.md");

        public static Diagnostic LangMismatch(ReviewDocument doc, string? lang) =>
            At(Rules.LocaleMismatch, doc, doc.LineOf("lang"), 1,
                $"lang is {Quote(lang)} but the file is in the {doc.Locale} folder.", suggestion: doc.Locale);

        public static Diagnostic PermalinkLocaleMismatch(ReviewDocument doc, string permalink, string otherLocale) =>
            At(Rules.LocaleMismatch, doc, doc.LineOf("permalink"), 1,
                $"permalink {Quote(permalink)} names locale '{otherLocale}' but the file is in the {doc.Locale} folder.");

    }
}
