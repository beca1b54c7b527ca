using ReviewI18n.Drift;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Baselines;

/// <summary>
/// Marks sections of a pair current in the baseline store: the source sections as they are now
/// become what the translation was made from. Used by <c>baseline accept</c> and by <c>import</c>
/// for the sections it wrote. Accepting some sections of a pair that had no entry keeps, for the
/// others, the baseline they had (the git one, when history is read: the <c>effective</c> baseline
/// in each call, which <see cref="Analysis.Analyzer.Baselines"/> gives).
/// </summary>
public sealed class SectionAcceptance(BaselineSnapshot snapshot, SectionKeyResolver keys)
{
    /// <summary>
    /// Records <paramref name="sectionKeys"/> (all when empty) of a pair whose baseline is
    /// <paramref name="effective"/> now; the number of sections recorded. A key names every
    /// section under it (<c>pros</c> is <c>pros</c> and <c>pros#2</c>), unless
    /// <paramref name="exact"/>: then only the section of that drift key.
    /// </summary>
    public int Accept(DocumentPair pair, DriftBaseline? effective, IReadOnlyCollection<string> sectionKeys, string? sourceCommit, DateTimeOffset when, string by, bool exact = false)
    {
        var current = DriftSection.Of(pair.Source, keys);
        var chosen = current.Where(s => sectionKeys.Count == 0 || sectionKeys.Contains(exact ? s.Key : s.Key.Split('#')[0])).ToList();
        if (chosen.Count == 0) return 0;
        var entry = snapshot.Value.GetOrAdd(Baseline.KeyOf(pair.Collection, pair.Locale, pair.Key));
        if (sectionKeys.Count > 0 && entry.SectionHashes is null && effective is not null)
        {
            // The entry keeps the commit of the baseline the other sections had: they stay stale or
            // current exactly as before, and the accepted ones are current by their hashes.
            entry.SetSections(effective.Hashes, merge: false, effective.Commit, when, by);
            sourceCommit = effective.Commit;
        }
        entry.SetSections(DriftSection.Hashes(chosen), merge: sectionKeys.Count > 0, sourceCommit, when, by);
        return chosen.Count;
    }

    /// <summary>Whether a source section (by drift key) is current for the pair: its baseline, stored or from git (<paramref name="effective"/>), has its text now.</summary>
    public bool IsCurrent(DocumentPair pair, DriftBaseline? effective, string driftKey)
    {
        var now = DriftSection.Of(pair.Source, keys).FirstOrDefault(s => s.Key == driftKey)?.Hash;
        var stored = snapshot.Value.Find(Baseline.KeyOf(pair.Collection, pair.Locale, pair.Key))?.SectionHashes;
        var hashes = stored ?? effective?.Hashes;
        // No baseline at all: nothing has drifted, so nothing needs recording.
        return hashes is null || now is not null && hashes.GetValueOrDefault(driftKey) == now;
    }

    public void Save() => snapshot.Store.Save(snapshot.Value);

    /// <summary>
    /// For each pair, the commit its source is recorded against: HEAD when the source on disk is
    /// exactly what HEAD holds (one bulk <c>cat-file --batch-check</c>), else none (the old text of
    /// an accepted section is then unknown).
    /// </summary>
    public static Func<DocumentPair, string?> SourceCommits(string root, IReadOnlyCollection<DocumentPair> pairs)
    {
        History.GitHistory head;
        try
        {
            head = History.GitHistory.Open(root);
        }
        catch (History.GitUnavailableException)
        {
            return static _ => null;
        }
        var ids = head.BlobIds(pairs.Select(p => (head.Head, p.Source.RelativePath)).ToList());
        return pair => ids.GetValueOrDefault((head.Head, pair.Source.RelativePath)) == History.GitHistory.BlobId(pair.Source.Bytes) ? head.Head : null;
    }
}
