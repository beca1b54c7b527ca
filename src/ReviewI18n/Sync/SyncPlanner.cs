using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.Glossary;
using ReviewI18n.Baselines;
using ReviewI18n.Pairing;

namespace ReviewI18n.Sync;

/// <summary>
/// Plans sync, field by field and pair by pair, three-way against the baseline:
/// <list type="bullet">
/// <item>no baseline value: the source wins;</item>
/// <item>only the source changed since the baseline: the change flows to the translation;</item>
/// <item>the translation changed (alone or with the source): a conflict, resolved only by <c>--prefer</c>.</item>
/// </list>
/// Sanctioned values (glossary) and local-script names agree by definition. <c>lang</c> and
/// <c>permalink</c>, when listed as shared, follow their rule instead of the source.
/// </summary>
public sealed class SyncPlanner(PipelineConfig config, SanctionedValues sanctioned, BaselineSnapshot baseline)
{
    /// <summary>The stored baseline, read once (checks share it).</summary>
    public Baseline StoredBaseline => baseline.Value;

    public PipelineConfig Config => config;

    /// <summary>The plan of every field of one pair, with no <c>--prefer</c>: what <c>check</c> reports.</summary>
    public IEnumerable<FieldPlan> PlanPair(DocumentPair pair, Baseline baseline, SyncScope scope)
    {
        if (pair.Source.FrontMatter is not { } source || pair.Translation.FrontMatter is not { } translation) yield break;
        var entry = baseline.Find(Baseline.KeyOf(pair.Collection, pair.Locale, pair.Key));
        foreach (var field in config.SharedFields)
        {
            if (!scope.CoversField(field)) continue;
            if (Plan(pair, field, source, translation, entry, scope.Prefer) is { } plan) yield return plan;
        }
    }

    /// <summary>Plans a whole site; <c>--prefer translation</c> write-backs then reach the source's other translations.</summary>
    public SyncPlan Plan(SiteModel site, Baseline baseline, SyncScope scope)
    {
        var fields = new List<FieldPlan>();
        var unwritable = new Dictionary<ReviewDocument, string>();
        foreach (var group in site.Pairs.Where(scope.Covers).GroupBy(p => p.Source))
        {
            var plans = group.SelectMany(p => PlanPair(p, baseline, scope)).ToList();
            ApplyWriteBacks(site, plans, scope);
            fields.AddRange(plans);
            foreach (var pair in group)
            {
                if (pair.Translation.FrontMatter is null) unwritable.TryAdd(pair.Translation, "its front matter does not parse");
            }
        }
        return new SyncPlan(fields, unwritable);
    }

    private FieldPlan? Plan(DocumentPair pair, string field, FrontMatter source, FrontMatter translation, BaselineEntry? entry, PreferSide prefer)
    {
        var t = translation[field] is { } tf ? SharedValue.From(tf.Value) : null;
        if (DerivedValue(pair, field) is { } derived)
        {
            return t is not null && t.SameAs(derived)
                ? new FieldPlan(pair, field, derived, t, null, derived, SyncAction.Nothing, "derived")
                : new FieldPlan(pair, field, derived, t, null, derived, t is null ? SyncAction.Insert : SyncAction.Update, "derived");
        }
        if (field is "lang" or "permalink") return null; // localized by nature: never copied from the source
        if (source[field] is not { } sf) return null; // nothing to propagate
        var s = SharedValue.From(sf.Value);
        var b = entry?.Shared(field);
        var desired = Desired(field, s, pair.Locale);
        if (t is not null && Agrees(field, s, t, pair.Locale, out var reason))
        {
            return new FieldPlan(pair, field, s, t, b, t, SyncAction.Nothing, reason);
        }
        var missing = t is null ? SyncAction.Insert : SyncAction.Update;
        if (b is null || t is null) return new FieldPlan(pair, field, s, t, b, desired, missing, b is null ? "no baseline" : "missing");
        if (Agrees(field, b, t, pair.Locale, out _))
        {
            return new FieldPlan(pair, field, s, t, b, desired, missing, "source changed");
        }
        return prefer switch
        {
            PreferSide.Source => new FieldPlan(pair, field, s, t, b, desired, SyncAction.Update, "--prefer source"),
            PreferSide.Translation => new FieldPlan(pair, field, s, t, b, t, SyncAction.WriteBack, "--prefer translation"),
            _ => new FieldPlan(pair, field, s, t, b, desired, SyncAction.Conflict, s.SameAs(b) ? "translation changed" : "both changed"),
        };
    }

    /// <summary>True when the translation's value counts as the source's: same meaning, sanctioned, or a local name.</summary>
    private bool Agrees(string field, SharedValue source, SharedValue translation, string locale, out string? reason)
    {
        reason = null;
        if (source.SameAs(translation)) return true;
        reason = "sanctioned";
        if (sanctioned.IsSanctioned(field, source.Text, locale, translation.Text)) return true;
        reason = "local name";
        if (source.Node is YamlDotNet.RepresentationModel.YamlScalarNode or null && translation.Node is YamlDotNet.RepresentationModel.YamlScalarNode
            && LocalNames.IsLocalName(source.Text, translation.Text, config.Scripts.GetValueOrDefault(config.SourceLocale) ?? [], config.Scripts.GetValueOrDefault(locale) ?? []))
        {
            return true;
        }
        reason = null;
        return false;
    }

    /// <summary>What a translation in <paramref name="locale"/> should hold: the sanctioned local value if there is one.</summary>
    private SharedValue Desired(string field, SharedValue source, string locale) =>
        sanctioned.LocalFor(field, source.Text, locale) is { } local ? SharedValue.FromString(local) : source;

    /// <summary><c>lang</c> is the locale; <c>permalink</c> follows the collection's template.</summary>
    private static SharedValue? DerivedValue(DocumentPair pair, string field) => field switch
    {
        "lang" => SharedValue.FromString(pair.Locale),
        "permalink" when pair.Translation.Collection.PermalinkFor(pair.Locale, pair.Key) is { } permalink => SharedValue.FromString(permalink),
        _ => null,
    };

    /// <summary>
    /// A <c>--prefer translation</c> write-back sets the source's value, so the source's other
    /// translations are planned against that value instead. Two translations preferring different
    /// values for one field cannot both win: both stay conflicts.
    /// </summary>
    private void ApplyWriteBacks(SiteModel site, List<FieldPlan> plans, SyncScope scope)
    {
        foreach (var byField in plans.Where(p => p.Action == SyncAction.WriteBack).GroupBy(p => p.Field).ToList())
        {
            var candidates = byField.ToList();
            var value = candidates[0].Desired!;
            if (candidates.Any(c => !c.Desired!.SameAs(value)) || sanctioned.IsAnyLocalValue(byField.Key, candidates[0].Pair.Locale, value.Text))
            {
                foreach (var c in candidates) plans[plans.IndexOf(c)] = c with { Action = SyncAction.Conflict, Desired = c.Source, Reason = "translations disagree" };
                continue;
            }
            var winner = candidates[0];
            foreach (var pair in site.Pairs.Where(p => p.Source == winner.Pair.Source && p != winner.Pair))
            {
                var existing = plans.FindIndex(p => p.Pair == pair && p.Field == byField.Key);
                var t = pair.Translation.FrontMatter?[byField.Key] is { } tf ? SharedValue.From(tf.Value) : null;
                // A locale left out by --locale is not written; its next sync brings it to the new source value.
                if (pair.Translation.FrontMatter is null || !scope.Covers(pair)) continue;
                var desired = Desired(byField.Key, value, pair.Locale);
                var action = t is not null && Agrees(byField.Key, value, t, pair.Locale, out _) ? SyncAction.Nothing
                    : t is null ? SyncAction.Insert : SyncAction.Update;
                var plan = new FieldPlan(pair, byField.Key, value, t, existing >= 0 ? plans[existing].Baseline : null, desired, action, "--prefer translation");
                if (existing >= 0) plans[existing] = plan;
                else plans.Add(plan);
            }
        }
    }
}
