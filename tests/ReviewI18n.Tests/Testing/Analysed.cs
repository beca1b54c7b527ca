using Microsoft.Extensions.Logging.Abstractions;
using ReviewI18n.Analysis;
using ReviewI18n.Baselines;
using ReviewI18n.Configuration;
using ReviewI18n.Encodings;
using ReviewI18n.Glossary;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Tests.Testing;

/// <summary>The Analyze stage built by hand, for tests that run a check or a report on a site they made.</summary>
public static class Analysed
{
    /// <summary>Every part but drift baselines (which read git and the baseline store).</summary>
    public const Analyses WithoutBaselines = Analyses.Encoding | Analyses.References | Analyses.Facts;

    public static Analyzer Analyzer(PipelineConfig config, TranslationGlossary? glossary = null)
    {
        var keys = new SectionKeyResolver(glossary ?? TranslationGlossary.Empty("glossary"));
        var baselines = new DriftBaselineProvider(config, new BaselineSnapshot(new BaselineStore(config)), keys, NullLogger<DriftBaselineProvider>.Instance);
        return new Analyzer(keys, new EncodingAnalyzer(config), baselines, NullLogger<Analyzer>.Instance);
    }

    public static SiteAnalysis Site(SiteModel site, Analyses parts = WithoutBaselines) => Analyzer(site.Config).Analyze(site, parts);
}
