using ReviewI18n.Diagnostics;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Reports;

/// <summary>
/// Computes the coverage report from a check's result: the model gives the documents and pairs,
/// the analysis the source sections of each pair (its alignment), the findings their status.
/// A source document with no translation counts all its sections as missing.
/// </summary>
public sealed class CoverageCalculator
{
    /// <summary>How many companies the report names per locale.</summary>
    public const int TopCompanies = 10;

    public CoverageReport Compute(PipelineResult result)
    {
        var site = result.Site;
        var config = site.Config;
        var index = new DiagnosticIndex(result.Diagnostics);
        var locales = new List<LocaleCoverage>();
        var totals = new CoverageTally();
        var collections = config.Collections.Select(c => c.Name).ToList();
        var pairsByLocale = site.Pairs.ToLookup(p => p.Locale);
        var missingByLocale = site.Missing.ToLookup(m => m.Locale);

        foreach (var locale in config.TargetLocales)
        {
            var total = new CoverageTally();
            var byCollection = collections.ToDictionary(c => c, _ => new CoverageTally(), StringComparer.Ordinal);
            var byCompany = new Dictionary<string, CoverageTally>(StringComparer.Ordinal);
            // The tallies a source document counts in: the locale's, the totals, its collection's, its company's.
            CoverageTally[] TalliesOf(Content.ReviewDocument source)
            {
                var company = ReviewInfo.CompanyOf(source);
                if (!byCompany.TryGetValue(company, out var t)) byCompany[company] = t = new CoverageTally();
                return byCollection.TryGetValue(source.Collection.Name, out var c) ? [total, totals, c, t] : [total, totals, t];
            }

            foreach (var pair in pairsByLocale[locale])
            {
                var tallies = TalliesOf(pair.Source);
                var findings = index.Of(pair.Collection, pair.Key, locale);
                var statuses = SectionStatuses.Of(result.Analysis.Of(pair).Alignment, pair, findings);
                var facts = findings.Count(d => d.Rule == Rules.FactMismatch || d.Rule == Rules.FigureMismatch);
                foreach (var tally in tallies)
                {
                    tally.AddSourceDocument(translated: true);
                    foreach (var status in statuses.Values) tally.AddSection(status);
                    for (var i = 0; i < facts; i++) tally.AddFactMismatch();
                }
            }
            foreach (var missing in missingByLocale[locale])
            {
                foreach (var tally in TalliesOf(missing.Source))
                {
                    tally.AddSourceDocument(translated: false);
                    for (var i = 0; i < missing.Source.Sections.Count; i++) tally.AddSection(SectionStatus.Missing);
                }
            }
            foreach (var orphan in site.Orphans.Where(o => o.Locale == locale))
            {
                total.AddOrphan();
                totals.AddOrphan();
                if (byCollection.TryGetValue(orphan.Collection.Name, out var c)) c.AddOrphan();
            }
            foreach (var d in result.Diagnostics)
            {
                if (d.Rule.Area != RuleArea.Encoding || d.Locale != locale) continue;
                total.AddEncodingFinding();
                totals.AddEncodingFinding();
                if (d.Collection is { } name && byCollection.TryGetValue(name, out var c)) c.AddEncodingFinding();
            }

            var companies = byCompany
                .Where(p => p.Value.PendingSections > 0)
                .OrderByDescending(p => p.Value.PendingSections)
                .ThenBy(p => p.Key, StringComparer.Ordinal)
                .Take(TopCompanies)
                .Select(p => new NamedTally(p.Key, p.Value))
                .ToList();
            locales.Add(new LocaleCoverage(locale, total, [.. byCollection.Select(p => new NamedTally(p.Key, p.Value))], companies));
        }

        var sourceEncoding = result.Diagnostics.Count(d => d.Rule.Area == RuleArea.Encoding && d.Locale == config.SourceLocale);
        return new CoverageReport(config.SourceLocale, locales, totals, sourceEncoding, collections);
    }
}
