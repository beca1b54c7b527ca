using ReviewI18n.Analysis;
using ReviewI18n.Diagnostics;
using ReviewI18n.Drift;
using ReviewI18n.Baselines;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Checks.Drift;

/// <summary>
/// <c>stale-section</c>: a source section that changed since the pair's baseline in a way that
/// gives the translator work. Each change is classified (<see cref="ChangeClassifier"/>): only a
/// change of meaning, or of a figure the translation does not show yet, is reported; a price
/// conversion, a formatting-only edit and a source section that was in the translation's language
/// and has now been translated are not. A section added to the source since the baseline, and one
/// removed since, are changes of meaning. Reported only where the translation has the section: a
/// section it lacks is <c>missing-section</c>'s business.
/// </summary>
public sealed class StaleSectionCheck(LanguageJudge judge) : IPairCheck
{
    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.StaleSection];

    /// <summary>Each pair's baseline: the store's entry, or git history read in bulk by the Analyze stage.</summary>
    public Analyses Reads => Analyses.Baselines;

    public void Check(DocumentPair pair, SiteAnalysis analysis, ICollection<Diagnostic> findings)
    {
        var analysed = analysis.Of(pair);
        if (analysed.Baseline is not { } baseline) return;
        foreach (var drift in Changes(analysis, analysed, baseline))
        {
            if (drift.Change.NeedsTranslation) findings.Add(Findings.Drift.StaleSection(pair, drift, baseline));
        }
    }

    /// <summary>Every source section of the pair that differs from its baseline, classified, whether it needs work or not.</summary>
    public IReadOnlyList<SectionDrift> Changes(DocumentPair pair, SiteAnalysis analysis) =>
        analysis.Of(pair) is { Baseline: { } baseline } analysed ? Changes(analysis, analysed, baseline) : [];

    private List<SectionDrift> Changes(SiteAnalysis analysis, PairAnalysis analysed, DriftBaseline baseline)
    {
        var pair = analysed.Pair;
        var result = new List<SectionDrift>();
        var current = analysis.Of(pair.Source).DriftSections;
        var alignment = analysed.Alignment;
        foreach (var section in current)
        {
            var known = baseline.Hashes.TryGetValue(section.Key, out var old);
            if (known && old == section.Hash) continue;
            if (alignment.Sections.FirstOrDefault(a => ReferenceEquals(a.Source, section.Keyed))?.Translation is not { } translation) continue;
            var newText = section.Keyed.Section.ContentOf(pair.Source.Text).ToString();
            // A section the baseline does not have was added since: its old text is empty.
            var oldText = known ? baseline.Texts?.GetValueOrDefault(section.Key) : "";
            var change = ChangeClassifier.Classify(oldText, newText, translation.Section.ContentOf(pair.Translation.Text).ToString(), LocaleOf(pair));
            result.Add(new SectionDrift(section.Key, translation, section.Keyed, known ? SectionEdit.Changed : SectionEdit.Added, change, oldText, newText));
        }

        var currentKeys = current.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var removed in baseline.Hashes.Keys.Where(k => !currentKeys.Contains(k)).Order(StringComparer.Ordinal))
        {
            var baseKey = removed.Split('#')[0];
            if (analysis.Of(pair.Translation).Sections.FirstOrDefault(k => k.Key == baseKey) is { } translation)
            {
                result.Add(new SectionDrift(removed, translation, null, SectionEdit.Removed, new SourceChange(SourceChangeKind.Meaning, []), baseline.Texts?.GetValueOrDefault(removed), ""));
            }
        }
        return result;
    }

    /// <summary>The translation's locale as the classifier sees it: the share of its own scripts (kana and kanji for ja) and its country domain.</summary>
    private TranslationLocale LocaleOf(DocumentPair pair) =>
        new(text => judge.TargetShare(Prose.Of(text), pair.Source.Locale, pair.Locale), TranslationLocale.CountryDomainOf(pair.Locale));
}
