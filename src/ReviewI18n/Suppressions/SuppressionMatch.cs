using ReviewI18n.Diagnostics;

namespace ReviewI18n.Suppressions;

/// <summary>
/// Findings split by a suppressions file: those still to show, those suppressed, and the entries
/// that matched nothing (fixed, or edited by hand: <c>--prune-suppressions</c> drops them).
/// Each entry suppresses up to its count of findings with its rule and fingerprint, the first in
/// file order; one more of the same is new.
/// </summary>
public sealed record SuppressionMatch(IReadOnlyList<Diagnostic> Shown, IReadOnlyList<Diagnostic> Suppressed, IReadOnlyList<Suppression> Unmatched, IReadOnlyList<Suppression> Matched)
{
    public static SuppressionMatch Apply(IReadOnlyList<Diagnostic> findings, IReadOnlyList<Suppression> entries)
    {
        if (entries.Count == 0) return new(findings, [], [], []);
        var left = new Dictionary<(string, string), int>();
        foreach (var e in entries) left[(e.Rule, e.Fingerprint)] = left.GetValueOrDefault((e.Rule, e.Fingerprint)) + e.Count;
        var (shown, suppressed) = (new List<Diagnostic>(), new List<Diagnostic>());
        var used = new Dictionary<(string, string), int>();
        foreach (var d in findings.OrderBy(d => d, Diagnostic.Order))
        {
            var key = (d.Rule.Name, FindingFingerprint.Of(d));
            if (left.TryGetValue(key, out var n) && n > 0)
            {
                left[key] = n - 1;
                used[key] = used.GetValueOrDefault(key) + 1;
                suppressed.Add(d);
            }
            else
            {
                shown.Add(d);
            }
        }
        var unmatched = new List<Suppression>();
        var matched = new List<Suppression>();
        foreach (var e in entries)
        {
            var n = used.GetValueOrDefault((e.Rule, e.Fingerprint));
            if (n == 0) { unmatched.Add(e); continue; }
            var take = Math.Min(n, e.Count);
            used[(e.Rule, e.Fingerprint)] = n - take;
            matched.Add(e with { Count = take });
            if (take < e.Count) unmatched.Add(e with { Count = e.Count - take });
        }
        // Shown keeps the order the findings came in.
        var shownSet = shown.ToHashSet(ReferenceEqualityComparer.Instance);
        return new(findings.Where(shownSet.Contains).ToList(), suppressed, unmatched, matched);
    }
}
