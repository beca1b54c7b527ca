using System.Text.Json.Nodes;
using ReviewI18n.Sync;

namespace ReviewI18n.History;

/// <summary>
/// What the baseline remembers about one pair (key <c>collection/locale/ref</c>). Backed by the
/// entry's JSON object itself, so properties other features add (<c>sections</c>,
/// <c>sourceCommit</c>, <c>acceptedAt</c>, ...) survive when sync rewrites the entry.
/// </summary>
public sealed class BaselineEntry
{
    public const string SharedProperty = "shared";

    internal BaselineEntry(JsonObject json) => Json = json;

    /// <summary>The entry as stored, unknown properties included.</summary>
    public JsonObject Json { get; }

    /// <summary>The fields whose last synced value is recorded.</summary>
    public IEnumerable<string> SharedFields => Json[SharedProperty] is JsonObject shared ? shared.Select(p => p.Key) : [];

    /// <summary>The value a shared field had in the source when the pair was last synced; null when not recorded.</summary>
    public SharedValue? Shared(string field) =>
        Json[SharedProperty] is JsonObject shared && shared.TryGetPropertyValue(field, out var value) ? SharedValue.FromJson(value) : null;

    public void SetShared(string field, SharedValue value)
    {
        if (Json[SharedProperty] is not JsonObject shared)
        {
            shared = new JsonObject();
            Json[SharedProperty] = shared;
        }
        shared[field] = value.Meaning?.DeepClone();
    }
}
