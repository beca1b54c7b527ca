using ReviewI18n.Diagnostics;
using ReviewI18n.Drift;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Checks.Drift;

/// <summary>
/// <c>stale-section</c>: a source section whose normalized text differs from the pair's baseline
/// (with a word diff when the old text is known), a source section added since the baseline, and
/// one removed since. Reported only where the translation has the section: a section it lacks
/// is <c>missing-section</c>'s business.
/// </summary>
public sealed class StaleSectionCheck(DriftBaselineProvider baselines, SectionKeyResolver keys, SectionAligner aligner) : IPairCheck, IPreparesSite
{
    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.StaleSection];

    /// <summary>Reads the baselines of every pair (git history in bulk) before the pairs are checked.</summary>
    public void Prepare(SiteModel site, CancellationToken cancellationToken) => baselines.Prepare(site);

    public void Check(DocumentPair pair, SiteModel site, ICollection<Diagnostic> findings)
    {
        if (baselines.For(pair, site) is not { } baseline) return;
        var current = DriftSection.Of(pair.Source, keys);
        var alignment = aligner.Align(pair);
        foreach (var section in current)
        {
            var known = baseline.Hashes.TryGetValue(section.Key, out var old);
            if (known && old == section.Hash) continue;
            if (alignment.Sections.FirstOrDefault(a => ReferenceEquals(a.Source, section.Keyed))?.Translation is not { } translation) continue;
            string? diff = null;
            if (known && baseline.Texts?.GetValueOrDefault(section.Key) is { } oldText)
            {
                diff = WordDiff.Render(WordDiff.Compute(oldText, section.Keyed.Section.ContentOf(pair.Source.Text).ToString()));
            }
            findings.Add(Findings.Drift.StaleSection(pair, section.Key, translation, section.Keyed,
                known ? Findings.Drift.Change.Changed : Findings.Drift.Change.Added, baseline, diff));
        }

        var currentKeys = current.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var removed in baseline.Hashes.Keys.Where(k => !currentKeys.Contains(k)).Order(StringComparer.Ordinal))
        {
            var baseKey = removed.Split('#')[0];
            if (keys.KeysOf(pair.Translation).FirstOrDefault(k => k.Key == baseKey) is { } translation)
            {
                findings.Add(Findings.Drift.StaleSection(pair, removed, translation, null, Findings.Drift.Change.Removed, baseline, null));
            }
        }
    }
}
