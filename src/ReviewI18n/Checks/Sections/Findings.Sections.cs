using ReviewI18n.Content;
using ReviewI18n.Pairing;
using ReviewI18n.Facts;
using ReviewI18n.Sections;

namespace ReviewI18n.Diagnostics;

public static partial class Findings
{
    /// <summary>
    /// Section alignment and untranslated text. Pair findings are reported in the translation,
    /// where the translator has to act; <see cref="Diagnostic.Section"/> is the key.
    /// </summary>
    public static class Sections
    {
        /// <summary>At the line where the section would go in the translation; about the source's section (its heading and index).</summary>
        public static Diagnostic MissingSection(DocumentPair pair, KeyedSection source, int line) =>
            At(Rules.MissingSection, pair.Translation, line, 1,
                $"The {pair.Source.Locale} section '{source.Section.Heading}' ({source.Key}) has no counterpart in this translation.",
                section: source.Key) with
            {
                Heading = source.Section.Heading,
                SectionIndex = source.Index,
                SectionFile = pair.Source.RelativePath,
            };

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

    }
}
