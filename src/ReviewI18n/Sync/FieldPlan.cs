using ReviewI18n.Content;
using ReviewI18n.Pairing;

namespace ReviewI18n.Sync;

/// <summary>
/// One shared field of one pair: the three values (source, translation, baseline), what sync
/// will do, and the value it will write (<see cref="Desired"/>) into <see cref="Target"/>.
/// </summary>
public sealed record FieldPlan(
    DocumentPair Pair,
    string Field,
    SharedValue? Source,
    SharedValue? Translation,
    SharedValue? Baseline,
    SharedValue? Desired,
    SyncAction Action,
    string? Reason = null)
{
    /// <summary>The document written: the source for <see cref="SyncAction.WriteBack"/>, else the translation.</summary>
    public ReviewDocument Target => Action == SyncAction.WriteBack ? Pair.Source : Pair.Translation;

    public bool Changes => Action is SyncAction.Update or SyncAction.Insert or SyncAction.WriteBack;
}
