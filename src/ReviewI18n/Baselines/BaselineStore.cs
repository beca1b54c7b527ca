using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewI18n.Configuration;
using ReviewI18n.IO;

namespace ReviewI18n.Baselines;

/// <summary>
/// Reads and writes the baseline file (pipeline.json <c>baseline</c>): one JSON file, indented,
/// keys sorted at every level so a review of its diff shows only what changed, written
/// atomically so a crash leaves the old file or the new one.
/// </summary>
public sealed class BaselineStore(PipelineConfig config)
{
    private static JsonSerializerOptions Indented => Output.JsonOutput.Serializer;

    public string Path => config.BaselinePath;

    /// <summary>The stored baseline, or an empty one when there is no file yet.</summary>
    public Baseline Load()
    {
        if (!File.Exists(Path)) return Baseline.CreateEmpty();
        try
        {
            var node = JsonNode.Parse(File.ReadAllBytes(Path), documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true });
            Materialise(node);
            return node is JsonObject root
                ? new Baseline(root)
                : throw new ConfigurationException(config.Relative(Path), "the baseline is not a JSON object");
        }
        catch (JsonException ex)
        {
            throw new ConfigurationException(config.Relative(Path), $"the baseline is not valid JSON: {ex.Message}");
        }
    }

    /// <summary>
    /// A parsed JsonNode builds its children on first access, which is not safe from several
    /// threads; checks read the baseline in parallel, so every node is built once here.
    /// </summary>
    private static void Materialise(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj) Materialise(child);
                break;
            case JsonArray array:
                foreach (var child in array) Materialise(child);
                break;
        }
    }

    public void Save(Baseline baseline) => AtomicFile.WriteAllBytes(Path, Serialize(baseline));

    /// <summary>
    /// Indented JSON with sorted keys; a list of plain values (a rating) stays on one line, so a
    /// changed score is a one-line diff.
    /// </summary>
    public static byte[] Serialize(Baseline baseline)
    {
        var text = new StringBuilder();
        Write(text, Sorted(baseline.Root), 0);
        text.Append('\n');
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void Write(StringBuilder text, JsonNode? node, int depth)
    {
        switch (node)
        {
            case JsonObject { Count: > 0 } obj:
                text.Append('{');
                var first = true;
                foreach (var (key, value) in obj)
                {
                    text.Append(first ? "\n" : ",\n").Append(' ', 2 * (depth + 1));
                    text.Append(JsonValue.Create(key).ToJsonString(Indented)).Append(": ");
                    Write(text, value, depth + 1);
                    first = false;
                }
                text.Append('\n').Append(' ', 2 * depth).Append('}');
                break;
            case JsonArray array when array.Any(i => i is JsonObject or JsonArray):
                text.Append('[');
                for (var i = 0; i < array.Count; i++)
                {
                    text.Append(i == 0 ? "\n" : ",\n").Append(' ', 2 * (depth + 1));
                    Write(text, array[i], depth + 1);
                }
                text.Append('\n').Append(' ', 2 * depth).Append(']');
                break;
            case JsonArray array:
                text.Append('[').AppendJoin(", ", array.Select(i => i?.ToJsonString(Indented) ?? "null")).Append(']');
                break;
            default:
                text.Append(node?.ToJsonString(Indented) ?? "null");
                break;
        }
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sorted)]),
        _ => node?.DeepClone(),
    };
}
