using ReviewI18n.Analysis;
using ReviewI18n.Diagnostics;
using ReviewI18n.Pairing;

namespace ReviewI18n.Checks.Pairing;

/// <summary><c>missing-translation</c>, <c>orphan-translation</c> and <c>duplicate-ref</c>, read off the pairing.</summary>
public sealed class UnpairedCheck : ISiteCheck
{
    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.MissingTranslation, Diagnostics.Rules.OrphanTranslation, Diagnostics.Rules.DuplicateRef];

    public void Check(SiteAnalysis analysis, ICollection<Diagnostic> findings)
    {
        var site = analysis.Site;
        foreach (var m in site.Missing) findings.Add(Findings.Pairing.MissingTranslation(m.Source, m.Locale));
        foreach (var o in site.Orphans) findings.Add(Findings.Pairing.OrphanTranslation(o, site.Config.SourceLocale));
        foreach (var group in site.Duplicates)
        {
            foreach (var doc in group) findings.Add(Findings.Pairing.DuplicateRef(doc, group.Where(o => o != doc)));
        }
    }
}
