using ReviewI18n.Analysis;
using ReviewI18n.Diagnostics;
using ReviewI18n.Pairing;
using ReviewI18n.Sync;

namespace ReviewI18n.Checks.Sync;

/// <summary>
/// <c>shared-field-mismatch</c> for every change sync would make to a pair, and
/// <c>shared-field-conflict</c> where the translation changed a shared field since the baseline:
/// the same three-way plan as <c>review-i18n sync</c>, so check and sync never disagree.
/// </summary>
public sealed class SharedFieldCheck(SyncPlanner planner) : IPairCheck
{
    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.SharedFieldMismatch, Diagnostics.Rules.SharedFieldConflict];

    public void Check(DocumentPair pair, SiteAnalysis analysis, ICollection<Diagnostic> findings)
    {
        foreach (var plan in planner.PlanPair(pair, planner.StoredBaseline, SyncScope.All))
        {
            if (plan.Changes) findings.Add(Findings.Sync.SharedFieldMismatch(plan));
            else if (plan.Action == SyncAction.Conflict) findings.Add(Findings.Sync.SharedFieldConflict(plan));
        }
    }
}
