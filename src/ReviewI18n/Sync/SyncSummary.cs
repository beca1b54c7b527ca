using Humanizer;

namespace ReviewI18n.Sync;

/// <summary>
/// The sync result in words for the end of the output: <c>would update 39 files: date in 39,
/// target_name in 2</c>, then conflicts and skipped files.
/// </summary>
public static class SyncSummary
{
    public static IReadOnlyList<string> Lines(SyncPlan plan, SyncOutcome outcome, bool written)
    {
        var lines = new List<string>();
        var changes = outcome.Changes;
        if (changes.Count == 0)
        {
            var pairs = plan.Fields.Select(f => f.Pair).Distinct().Count();
            lines.Add($"nothing to sync: {"pair".ToQuantity(pairs, "N0", System.Globalization.CultureInfo.InvariantCulture)} {(pairs == 1 ? "agrees" : "agree")}");
        }
        else
        {
            var perField = changes.SelectMany(c => c.Plans.Select(p => p.Field).Distinct())
                .GroupBy(f => f)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} in {g.Count()}");
            var verb = written ? "updated" : "would update";
            var count = written ? outcome.Written : changes.Count;
            lines.Add($"{verb} {"file".ToQuantity(count)}: {string.Join(", ", perField)}");
        }
        var kept = plan.Fields.Where(f => f.Action == SyncAction.Nothing && f.Reason is "sanctioned" or "local name").ToList();
        if (kept.Count > 0)
        {
            var parts = kept.GroupBy(f => f.Reason!).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
                $"{(g.Key == "sanctioned" ? "sanctioned value" : g.Key).ToQuantity(g.Count())} ({string.Join(", ", g.GroupBy(f => f.Field).OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key} in {f.Count()}"))})");
            lines.Add($"kept on purpose: {string.Join(", ", parts)}");
        }
        var conflicts = plan.Conflicts.ToList();
        if (conflicts.Count > 0)
        {
            lines.Add($"{"conflict".ToQuantity(conflicts.Count)} left alone (both sides changed since the baseline; choose with --prefer source or --prefer translation)");
        }
        if (outcome.Refusals.Count > 0)
        {
            lines.Add($"{"file".ToQuantity(outcome.Refusals.Count)} not written: " +
                      string.Join("; ", outcome.Refusals.GroupBy(r => r.Reason).Select(g => $"{g.Count()} because {g.Key}")));
        }
        return lines;
    }
}
