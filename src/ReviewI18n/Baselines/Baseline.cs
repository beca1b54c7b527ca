using System.Text.Json.Nodes;

namespace ReviewI18n.Baselines;

/// <summary>
/// The baseline file in memory: one entry per pair, plus whatever else the file holds (kept as
/// is). Not thread-safe for writes; sync updates it from one thread after its writes.
/// </summary>
public sealed class Baseline
{
    public const int SchemaVersion = 1;
    private const string PairsProperty = "pairs";

    internal Baseline(JsonObject root)
    {
        Root = root;
        if (Root[PairsProperty] is not JsonObject) Root[PairsProperty] = new JsonObject();
        Root["schemaVersion"] ??= SchemaVersion;
    }

    public static Baseline CreateEmpty() => new(new JsonObject());

    /// <summary>The whole file as JSON (the store writes it with sorted keys).</summary>
    public JsonObject Root { get; }

    private JsonObject Pairs => (JsonObject)Root[PairsProperty]!;

    public int Count => Pairs.Count;

    public static string KeyOf(string collection, string locale, string reference) => $"{collection}/{locale}/{reference}";

    public BaselineEntry? Find(string key) => Pairs[key] is JsonObject entry ? new BaselineEntry(entry) : null;

    public BaselineEntry GetOrAdd(string key)
    {
        if (Pairs[key] is not JsonObject entry)
        {
            entry = new JsonObject();
            Pairs[key] = entry;
        }
        return new BaselineEntry(entry);
    }
}
