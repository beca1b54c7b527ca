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
public sealed class StaleSectionCheck(DriftBaselineProvider baselines, SectionKeyResolver keys, SectionAligner aligner, LanguageJudge judge) : IPairCheck, IPreparesSite
{
    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.StaleSection];

    /// <summary>Reads the baselines of every pair (git history in bulk) before the pairs are checked.</summary>
    public void Prepare(SiteModel site, CancellationToken cancellationToken) => baselines.Prepare(site);

    public void Check(DocumentPair pair, SiteModel site, ICollection<Diagnostic> findings)
    {
        if (baselines.For(pair, site) is not { } baseline) return;
        foreach (var drift in Changes(pair, baseline))
        {
            if (drift.Change.NeedsTranslation) findings.Add(Findings.Drift.StaleSection(pair, drift, baseline));
        }
    }

    /// <summary>Every source section of the pair that differs from its baseline, classified, whether it needs work or not.</summary>
    public IReadOnlyList<SectionDrift> Changes(DocumentPair pair, SiteModel site) =>
        baselines.For(pair, site) is { } baseline ? Changes(pair, baseline) : [];

    private List<SectionDrift> Changes(DocumentPair pair, DriftBaseline baseline)
    {
        var result = new List<SectionDrift>();
        var current = DriftSection.Of(pair.Source, keys);
        var alignment = aligner.Align(pair);
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
            if (keys.KeysOf(pair.Translation).FirstOrDefault(k => k.Key == baseKey) is { } translation)
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
