using ReviewI18n.Analysis;
using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Glossary;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Checks.Sections;

/// <summary>
/// <c>unknown-heading</c>: a heading the glossary does not know, in a document that takes part in
/// a pair (only there does alignment fall back to position). Reported once per document, not
/// once per pair, so a source with several translations does not repeat it.
/// </summary>
public sealed class UnknownHeadingCheck(TranslationGlossary glossary) : IDocumentCheck
{
    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.UnknownHeading];

    public void Check(ReviewDocument document, SiteAnalysis analysis, ICollection<Diagnostic> findings)
    {
        if (document.Sections.Count == 0 || document.FrontMatterProblem is not null || !IsPaired(document, analysis.Site)) return;
        foreach (var section in analysis.Of(document).Sections)
        {
            if (!section.IsKnown) findings.Add(Findings.Sections.UnknownHeading(document, section, glossary.Exists));
        }
    }

    private static bool IsPaired(ReviewDocument document, SiteModel site)
    {
        var config = site.Config;
        if (document.Locale != config.SourceLocale)
        {
            return site.Find(document.Collection.Name, config.SourceLocale, document.Key) is not null;
        }
        foreach (var locale in config.TargetLocales)
        {
            if (site.Find(document.Collection.Name, locale, document.Key) is not null) return true;
        }
        return false;
    }
}
