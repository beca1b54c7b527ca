using ReviewI18n.Content;

namespace ReviewI18n.Sync;

/// <summary>
/// Every planned field of one sync run, and the translations that cannot be synced (front matter
/// that does not parse): those are reported and never written.
/// </summary>
public sealed record SyncPlan(IReadOnlyList<FieldPlan> Fields, IReadOnlyDictionary<ReviewDocument, string> Unwritable)
{
    public IEnumerable<FieldPlan> Changes => Fields.Where(f => f.Changes);

    public IEnumerable<FieldPlan> Conflicts => Fields.Where(f => f.Action == SyncAction.Conflict);

    /// <summary>The key edits of each document to write, in path order; each document's source order guides inserts.</summary>
    public IReadOnlyList<(ReviewDocument Document, IReadOnlyList<KeyEdit> Edits, IReadOnlyList<FieldPlan> Plans)> EditsByDocument()
    {
        return Changes
            .GroupBy(f => f.Target)
            .OrderBy(g => g.Key.RelativePath, StringComparer.Ordinal)
            .Select(g =>
            {
                // One key set twice in one file (two write-backs) keeps the first plan.
                var plans = g.GroupBy(f => f.Field).Select(f => f.First()).ToList();
                var edits = plans.Select(p => new KeyEdit(p.Field, p.Desired!, KeyOrderFor(p))).ToList();
                return (g.Key, (IReadOnlyList<KeyEdit>)edits, (IReadOnlyList<FieldPlan>)plans);
            })
            .ToList();
    }

    /// <summary>Inserts follow the other side's key order: the source's for a translation, the translation's for a write-back.</summary>
    private static IReadOnlyList<string> KeyOrderFor(FieldPlan plan)
    {
        var guide = plan.Action == SyncAction.WriteBack ? plan.Pair.Translation : plan.Pair.Source;
        var order = guide.FrontMatter?.Fields.Select(f => f.Key).ToList() ?? [];
        if (!order.Contains(plan.Field)) order.Add(plan.Field);
        return order;
    }
}
