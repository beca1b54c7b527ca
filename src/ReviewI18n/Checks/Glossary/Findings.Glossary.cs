using ReviewI18n.Content;
using ReviewI18n.Sections;

namespace ReviewI18n.Diagnostics;

public static partial class Findings
{
    /// <summary>Terms the glossary fixes: reported at the translation's section heading.</summary>
    public static class Glossary
    {
        public static Diagnostic GlossaryTerm(ReviewDocument translation, KeyedSection section, string term, IReadOnlyList<string> expected, string sourceLocale) =>
            At(Rules.GlossaryTerm, translation, section.Section.HeadingLine, section.Section.HeadingColumn,
                $"The {sourceLocale} section {section.Key} uses '{term}', but this translation has none of {string.Join(", ", expected.Select(e => $"'{e}'"))}.",
                section: section.Key, suggestion: expected[0],
                data: new Dictionary<string, string> { ["term"] = term, ["expected"] = expected[0] });
    }
}
