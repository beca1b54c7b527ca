using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace ReviewI18n.Tests.Testing;

/// <summary>One way a JSON value breaks a schema: the value's JSON Pointer, the keyword that rejected it, and why.</summary>
public sealed record SchemaError(string Path, string Keyword, string Message)
{
    public override string ToString() => $"{(Path.Length == 0 ? "/" : Path)} {Keyword}: {Message}";
}

/// <summary>
/// Validates JSON against a schema file with JsonSchema.Net, formats included (the format keyword
/// only annotates unless asked to assert). A draft-04 schema (SARIF 2.1.0 rtm.5) is evaluated as
/// draft-07, which reads every keyword it uses the same way; the draft-04 forms that differ
/// (boolean <c>exclusiveMinimum</c> and <c>exclusiveMaximum</c>) stop it loading instead.
/// </summary>
public sealed class SchemaCheck
{
    private const string Draft04 = "http://json-schema.org/draft-04/schema#";
    private readonly JsonSchema _schema;
    private readonly EvaluationOptions _options;

    private SchemaCheck(JsonSchema schema, SpecVersion version)
    {
        _schema = schema;
        _options = new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical, RequireFormatValidation = true, EvaluateAs = version };
    }

    public static SchemaCheck Load(string path) => Parse(File.ReadAllText(path));

    public static SchemaCheck Parse(string text)
    {
        var root = JsonNode.Parse(text)!.AsObject();
        if (root["$schema"]?.GetValue<string>() != Draft04) return new SchemaCheck(JsonSchema.FromText(text), SpecVersion.Unspecified);
        if (BooleanExclusiveBound(root) is { } where) throw new NotSupportedException($"{where}: a draft-04 boolean bound reads differently in later drafts");
        root.Remove("$schema");
        if (root["id"] is { } id)
        {
            root.Remove("id");
            root["$id"] = id;
        }
        return new SchemaCheck(JsonSchema.FromText(root.ToJsonString()), SpecVersion.Draft7);
    }

    public IReadOnlyList<SchemaError> Validate(string json) => Validate(JsonNode.Parse(json));

    public IReadOnlyList<SchemaError> Validate(JsonElement json) => Validate(JsonNode.Parse(json.GetRawText()));

    public IReadOnlyList<SchemaError> Validate(JsonNode? json)
    {
        var errors = new List<SchemaError>();
        Collect(_schema.Evaluate(json, _options), errors);
        return errors;
    }

    /// <summary>
    /// The errors of failed evaluations only. The branches of an anyOf or a oneOf are not errors
    /// of their own: the keyword is one error at its value when no branch (or not exactly one) holds.
    /// A <c>false</c> schema's error is named for the keyword that applied it (additionalProperties).
    /// </summary>
    private static void Collect(EvaluationResults results, List<SchemaError> errors)
    {
        if (results.IsValid) return;
        var at = results.InstanceLocation.ToString();
        foreach (var (keyword, message) in results.Errors ?? new Dictionary<string, string>())
        {
            errors.Add(new SchemaError(at, keyword.Length > 0 ? keyword : LastSegment(results.EvaluationPath.ToString()), message));
        }
        var branches = new Dictionary<string, List<EvaluationResults>>(StringComparer.Ordinal);
        foreach (var detail in results.Details)
        {
            var path = detail.EvaluationPath.ToString();
            var parent = path[..Math.Max(0, path.LastIndexOf('/'))];
            if (LastSegment(parent) is "anyOf" or "oneOf" && detail.InstanceLocation.ToString() == at)
            {
                if (!branches.TryGetValue(parent, out var list)) branches[parent] = list = [];
                list.Add(detail);
            }
            else Collect(detail, errors);
        }
        foreach (var (keywordPath, list) in branches)
        {
            var keyword = LastSegment(keywordPath);
            var holding = list.Count(b => b.IsValid);
            if (keyword == "anyOf" ? holding > 0 : holding == 1) continue;
            errors.Add(new SchemaError(at, keyword, $"{holding} of {list.Count} branches hold"));
        }
    }

    private static string LastSegment(string pointer) => pointer[(pointer.LastIndexOf('/') + 1)..];

    private static string? BooleanExclusiveBound(JsonNode? node, string path = "#")
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o)
                {
                    if (name is "exclusiveMinimum" or "exclusiveMaximum" && value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False) return $"{path}/{name}";
                    if (BooleanExclusiveBound(value, $"{path}/{name}") is { } found) return found;
                }
                return null;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (BooleanExclusiveBound(a[i], $"{path}/{i}") is { } found) return found;
                }
                return null;
            default:
                return null;
        }
    }
}
