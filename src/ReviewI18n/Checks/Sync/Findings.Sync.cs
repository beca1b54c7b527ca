using ReviewI18n.Sync;

namespace ReviewI18n.Diagnostics;

public static partial class Findings
{
    /// <summary>Shared front-matter fields that sync would change, or cannot change on its own.</summary>
    public static class Sync
    {
        /// <summary>On the translation's key line (line 1 when the key is missing); the suggestion is the value sync writes.</summary>
        public static Diagnostic SharedFieldMismatch(FieldPlan plan) =>
            At(Rules.SharedFieldMismatch, plan.Target, plan.Target.LineOf(plan.Field), 1,
                plan.Action == SyncAction.Insert
                    ? $"'{plan.Field}' is missing; the source has {Quote(plan.Source?.Display)}."
                    : $"'{plan.Field}' is {Quote(plan.Translation?.Display)} but the source has {Quote(plan.Source?.Display)}.",
                suggestion: plan.Desired?.Display, data: Values(plan));

        /// <summary>On the translation's key line, with all three values.</summary>
        public static Diagnostic SharedFieldConflict(FieldPlan plan) =>
            At(Rules.SharedFieldConflict, plan.Pair.Translation, plan.Pair.Translation.LineOf(plan.Field), 1,
                $"'{plan.Field}' changed in the translation since the baseline: source {Quote(plan.Source?.Display)}, " +
                $"translation {Quote(plan.Translation?.Display)}, baseline {Quote(plan.Baseline?.Display)}. " +
                "Run sync with --prefer source or --prefer translation to choose.",
                data: Values(plan));

        private static Dictionary<string, string> Values(FieldPlan plan)
        {
            var data = new Dictionary<string, string>(StringComparer.Ordinal) { ["field"] = plan.Field };
            if (plan.Source is { } s) data["source"] = s.Display;
            if (plan.Translation is { } t) data["translation"] = t.Display;
            if (plan.Baseline is { } b) data["baseline"] = b.Display;
            return data;
        }
    }
}
