using System.Text.Json;
using System.Text.RegularExpressions;

namespace ReviewI18n.Tests.Testing.JsonSchema;

/// <summary>
/// Vets a schema before anything is validated against it: every keyword must be one the
/// validator implements (or an annotation it may ignore), with a value of the right shape, and
/// every <c>$ref</c> must resolve. Anything else throws <see cref="NotSupportedException"/> naming
/// the keyword and where it is, so a new schema cannot make validation quietly weaker.
/// Returns the compiled <c>pattern</c>s, keyed by their text.
/// </summary>
internal static class SchemaKeywords
{
    /// <summary>Annotations: they describe, and draft-04 gives them no say in validity.</summary>
    private static readonly HashSet<string> Ignored = ["description", "default", "title", "id", "$schema"];

    public static Dictionary<string, Regex> Vet(JsonElement root)
    {
        var patterns = new Dictionary<string, Regex>(StringComparer.Ordinal);
        Vet(root, root, JsonPaths.SchemaRoot, patterns);
        return patterns;
    }

    private static void Vet(JsonElement root, JsonElement schema, string at, Dictionary<string, Regex> patterns)
    {
        Require(schema.ValueKind == JsonValueKind.Object, at, "a schema must be an object");
        if (schema.TryGetProperty("$ref", out var reference))
        {
            // Draft-04 ignores whatever sits beside $ref; a validator honouring it would disagree with others.
            var beside = schema.EnumerateObject().Select(p => p.Name).Where(n => n is not ("$ref" or "definitions") && !Ignored.Contains(n)).ToList();
            Require(beside.Count == 0, at, $"keywords beside $ref are ignored by draft-04: {string.Join(", ", beside)}");
            Resolve(root, reference, at);
        }
        foreach (var keyword in schema.EnumerateObject())
        {
            var here = JsonPaths.Pointer(at, keyword.Name);
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case "$ref":
                    break;
                case "definitions" when at == JsonPaths.SchemaRoot:
                case "properties":
                    Require(value.ValueKind == JsonValueKind.Object, here, "must map names to schemas");
                    foreach (var named in value.EnumerateObject()) Vet(root, named.Value, JsonPaths.Pointer(here, named.Name), patterns);
                    break;
                case "additionalProperties":
                    if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) Vet(root, value, here, patterns);
                    break;
                case "items":
                    Require(value.ValueKind == JsonValueKind.Object, here, "must be one schema (draft-04's tuple form, an array of schemas, is not implemented)");
                    Vet(root, value, here, patterns);
                    break;
                case "anyOf":
                case "oneOf":
                    Require(value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0, here, "must be a non-empty array of schemas");
                    var i = 0;
                    foreach (var branch in value.EnumerateArray()) Vet(root, branch, JsonPaths.Pointer(here, i++), patterns);
                    break;
                case "type":
                    var types = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
                    Require(types.Count > 0 && types.All(t => t.ValueKind == JsonValueKind.String && JsonValues.Types.Contains(t.GetString()!)), here, "must name draft-04 types");
                    break;
                case "required":
                    Require(value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(n => n.ValueKind == JsonValueKind.String), here, "must be an array of names");
                    break;
                case "enum":
                    Require(value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0, here, "must be a non-empty array");
                    break;
                case "minItems":
                    Require(value.ValueKind == JsonValueKind.Number && JsonValues.IsInteger(value) && value.GetDecimal() >= 0, here, "must be a non-negative integer");
                    break;
                case "uniqueItems":
                    Require(value.ValueKind is JsonValueKind.True or JsonValueKind.False, here, "must be a boolean");
                    break;
                case "minimum":
                case "maximum":
                    Require(value.ValueKind == JsonValueKind.Number, here, "must be a number");
                    break;
                case "pattern":
                    Require(value.ValueKind == JsonValueKind.String, here, "must be a string");
                    patterns.TryAdd(value.GetString()!, Compile(value.GetString()!, here));
                    break;
                case "format":
                    Require(value.ValueKind == JsonValueKind.String && JsonFormats.Known.Contains(value.GetString()!), here,
                        $"format {value} is not one of {string.Join(", ", JsonFormats.Known)}");
                    break;
                case var name when Ignored.Contains(name):
                    break;
                default:
                    throw new NotSupportedException($"{here}: the validator does not implement the keyword '{keyword.Name}'");
            }
        }
    }

    /// <summary>The schema a <c>$ref</c> names; only local references to <c>#/definitions/&lt;name&gt;</c> are supported.</summary>
    public static JsonElement Resolve(JsonElement root, JsonElement reference, string at)
    {
        const string prefix = "#/definitions/";
        var text = reference.ValueKind == JsonValueKind.String ? reference.GetString()! : "";
        Require(text.StartsWith(prefix, StringComparison.Ordinal), at, $"$ref {reference} is not a reference to {prefix}<name>");
        var name = text[prefix.Length..].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
        if (root.TryGetProperty("definitions", out var definitions) && definitions.TryGetProperty(name, out var target)) return target;
        throw new NotSupportedException($"{at}: $ref {text} names no definition");
    }

    /// <summary>Schemas use ECMA-262 regular expressions; .NET's ECMAScript option keeps \d and \w to ASCII as they are there.</summary>
    private static Regex Compile(string pattern, string at)
    {
        try
        {
            return new Regex(pattern, RegexOptions.ECMAScript, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new NotSupportedException($"{at}: pattern {pattern} does not compile: {e.Message}", e);
        }
    }

    private static void Require(bool condition, string at, string problem)
    {
        if (!condition) throw new NotSupportedException($"{at}: {problem}");
    }
}
