using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReviewI18n.Tests.Testing.JsonSchema;

/// <summary>
/// A JSON Schema draft-04 validator for exactly the keywords the SARIF 2.1.0 schema uses: type,
/// $ref (to <c>#/definitions/…</c>), properties, additionalProperties, required, items, minItems,
/// uniqueItems, minimum, maximum, enum, pattern, format (uri, uri-reference, date-time), anyOf and
/// oneOf. Loading a schema with any other keyword throws (see <see cref="SchemaKeywords"/>), so
/// what the schema asks is what gets checked. It exists because no validator package restores
/// from the package mirror the project builds against.
/// </summary>
public sealed class SchemaValidator
{
    private readonly JsonElement root;
    private readonly Dictionary<string, Regex> patterns;

    private SchemaValidator(JsonElement root)
    {
        this.root = root;
        patterns = SchemaKeywords.Vet(root);
    }

    public static SchemaValidator Parse(string schema)
    {
        using var document = JsonDocument.Parse(schema);
        return new SchemaValidator(document.RootElement.Clone());
    }

    public static SchemaValidator Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Every way <paramref name="instance"/> breaks the schema; empty when it is valid.</summary>
    public IReadOnlyList<SchemaError> Validate(JsonElement instance)
    {
        var errors = new List<SchemaError>();
        Validate(instance, root, JsonPaths.Root, JsonPaths.SchemaRoot, errors);
        return errors;
    }

    public IReadOnlyList<SchemaError> Validate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Validate(document.RootElement);
    }

    private void Validate(JsonElement value, JsonElement schema, string path, string at, List<SchemaError> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Validate(value, SchemaKeywords.Resolve(root, reference, at), path, reference.GetString()!, errors);
            return;
        }
        foreach (var keyword in schema.EnumerateObject())
        {
            var here = JsonPaths.Pointer(at, keyword.Name);
            void Fail(string message, string? where = null) => errors.Add(new SchemaError(where ?? path, keyword.Name, here, message));
            var rule = keyword.Value;
            // A keyword not listed, or listed for another kind of value, is an annotation or does not apply here; SchemaKeywords has vetted them all.
            switch (keyword.Name)
            {
                case "type":
                    var types = rule.ValueKind == JsonValueKind.Array ? rule.EnumerateArray().Select(t => t.GetString()!).ToList() : [rule.GetString()!];
                    if (!types.Any(t => JsonValues.HasType(value, t))) Fail($"is {JsonValues.Describe(value)}, expected {string.Join(" or ", types)}");
                    break;
                case "enum":
                    if (!rule.EnumerateArray().Any(allowed => JsonValues.Equal(value, allowed))) Fail($"{value.GetRawText()} is not one of {rule.GetRawText()}");
                    break;
                case "required" when value.ValueKind == JsonValueKind.Object:
                    foreach (var name in rule.EnumerateArray().Select(n => n.GetString()!).Where(n => !value.TryGetProperty(n, out _))) Fail($"lacks required property '{name}'");
                    break;
                case "properties" when value.ValueKind == JsonValueKind.Object:
                    foreach (var property in value.EnumerateObject())
                    {
                        if (rule.TryGetProperty(property.Name, out var sub)) Validate(property.Value, sub, JsonPaths.Property(path, property.Name), JsonPaths.Pointer(here, property.Name), errors);
                    }
                    break;
                case "additionalProperties" when value.ValueKind == JsonValueKind.Object:
                    var declared = schema.TryGetProperty("properties", out var properties) ? properties : default;
                    foreach (var property in value.EnumerateObject().Where(p => declared.ValueKind != JsonValueKind.Object || !declared.TryGetProperty(p.Name, out _)))
                    {
                        var where = JsonPaths.Property(path, property.Name);
                        if (rule.ValueKind == JsonValueKind.False) Fail("is not a property the schema allows", where);
                        else if (rule.ValueKind == JsonValueKind.Object) Validate(property.Value, rule, where, here, errors);
                    }
                    break;
                case "items" when value.ValueKind == JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in value.EnumerateArray()) Validate(item, rule, JsonPaths.Index(path, index++), here, errors);
                    break;
                case "minItems" when value.ValueKind == JsonValueKind.Array:
                    if (value.GetArrayLength() < rule.GetDecimal()) Fail($"has {value.GetArrayLength()} items, fewer than {rule.GetRawText()}");
                    break;
                case "uniqueItems" when value.ValueKind == JsonValueKind.Array && rule.ValueKind == JsonValueKind.True:
                    var seen = new List<JsonElement>();
                    foreach (var (item, i) in value.EnumerateArray().Select((item, i) => (item, i)))
                    {
                        if (seen.FindIndex(s => JsonValues.Equal(s, item)) is var first and >= 0) Fail($"repeats item {first}", JsonPaths.Index(path, i));
                        seen.Add(item);
                    }
                    break;
                case "minimum" when value.ValueKind == JsonValueKind.Number:
                    if (JsonValues.Compare(value, rule) < 0) Fail($"{value.GetRawText()} is less than {rule.GetRawText()}");
                    break;
                case "maximum" when value.ValueKind == JsonValueKind.Number:
                    if (JsonValues.Compare(value, rule) > 0) Fail($"{value.GetRawText()} is more than {rule.GetRawText()}");
                    break;
                case "pattern" when value.ValueKind == JsonValueKind.String:
                    if (!patterns[rule.GetString()!].IsMatch(value.GetString()!)) Fail($"{value.GetRawText()} does not match {rule.GetRawText()}");
                    break;
                case "format" when value.ValueKind == JsonValueKind.String:
                    if (!JsonFormats.IsValid(rule.GetString()!, value.GetString()!)) Fail($"{value.GetRawText()} is not a valid {rule.GetString()}");
                    break;
                case "anyOf":
                case "oneOf":
                    var failures = rule.EnumerateArray().Select((branch, i) => Branch(value, branch, path, JsonPaths.Pointer(here, i))).ToList();
                    var matches = failures.Count(f => f.Count == 0);
                    if (matches == 0) Fail($"matches none of the {failures.Count} schemas: {string.Join("; ", failures.Select(f => f[0]))}");
                    else if (keyword.Name == "oneOf" && matches > 1) Fail($"matches {matches} of the schemas, not exactly one");
                    break;
            }
        }
    }

    private List<SchemaError> Branch(JsonElement value, JsonElement branch, string path, string at)
    {
        var errors = new List<SchemaError>();
        Validate(value, branch, path, at, errors);
        return errors;
    }
}
