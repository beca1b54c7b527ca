using System.Text.Json.Nodes;
using ReviewI18n.Sync;

namespace ReviewI18n.Baselines;

/// <summary>
/// What the baseline remembers about one pair (key <c>collection/locale/ref</c>). Backed by the
/// entry's JSON object itself, so properties other features add (<c>sections</c>,
/// <c>sourceCommit</c>, <c>acceptedAt</c>, ...) survive when sync rewrites the entry.
/// </summary>
public sealed class BaselineEntry
{
    public const string SharedProperty = "shared";
    public const string SectionsProperty = "sections";
    public const string SourceCommitProperty = "sourceCommit";
    public const string AcceptedAtProperty = "acceptedAt";
    public const string AcceptedByProperty = "acceptedBy";

    internal BaselineEntry(JsonObject json) => Json = json;

    /// <summary>The entry as stored, unknown properties included.</summary>
    public JsonObject Json { get; }

    /// <summary>The fields whose last synced value is recorded.</summary>
    public IEnumerable<string> SharedFields => Json[SharedProperty] is JsonObject shared ? shared.Select(p => p.Key) : [];

    /// <summary>The value a shared field had in the source when the pair was last synced; null when not recorded.</summary>
    public SharedValue? Shared(string field) =>
        Json[SharedProperty] is JsonObject shared && shared.TryGetPropertyValue(field, out var value) ? SharedValue.FromJson(value) : null;

    /// <summary>
    /// The hash of each source section's normalized text (by section key) when the translation
    /// was last known to be current; null when drift was never recorded for this pair.
    /// </summary>
    public IReadOnlyDictionary<string, string>? SectionHashes =>
        Json[SectionsProperty] is JsonObject sections
            ? sections.Where(p => p.Value is JsonValue).ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal)
            : null;

    /// <summary>The source commit the section hashes were taken from, when the site is in git.</summary>
    public string? SourceCommit => Json[SourceCommitProperty]?.GetValue<string>();

    public string? AcceptedAt => Json[AcceptedAtProperty]?.GetValue<string>();

    public string? AcceptedBy => Json[AcceptedByProperty]?.GetValue<string>();

    /// <summary>Records section hashes: all of them (replacing the old set) or, with <paramref name="merge"/>, only those given.</summary>
    public void SetSections(IReadOnlyDictionary<string, string> hashes, bool merge, string? sourceCommit, DateTimeOffset acceptedAt, string? acceptedBy)
    {
        if (!merge || Json[SectionsProperty] is not JsonObject sections)
        {
            sections = new JsonObject();
            Json[SectionsProperty] = sections;
        }
        foreach (var (key, hash) in hashes) sections[key] = hash;
        if (sourceCommit is not null) Json[SourceCommitProperty] = sourceCommit;
        else Json.Remove(SourceCommitProperty);
        Json[AcceptedAtProperty] = acceptedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        if (acceptedBy is not null) Json[AcceptedByProperty] = acceptedBy;
    }

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
