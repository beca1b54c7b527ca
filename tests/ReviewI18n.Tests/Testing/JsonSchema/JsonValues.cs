using System.Text.Json;

namespace ReviewI18n.Tests.Testing.JsonSchema;

/// <summary>JSON values as JSON Schema sees them: numbers by value (1 equals 1.0), objects without order.</summary>
internal static class JsonValues
{
    public static bool Equal(JsonElement a, JsonElement b) => (a.ValueKind, b.ValueKind) switch
    {
        (JsonValueKind.Number, JsonValueKind.Number) => Compare(a, b) == 0,
        (JsonValueKind.String, JsonValueKind.String) => a.GetString() == b.GetString(),
        (JsonValueKind.Array, JsonValueKind.Array) =>
            a.GetArrayLength() == b.GetArrayLength() && a.EnumerateArray().Zip(b.EnumerateArray()).All(p => Equal(p.First, p.Second)),
        (JsonValueKind.Object, JsonValueKind.Object) =>
            a.EnumerateObject().Count() == b.EnumerateObject().Count()
            && a.EnumerateObject().All(p => b.TryGetProperty(p.Name, out var other) && Equal(p.Value, other)),
        var (x, y) => x == y, // true, false, null
    };

    public static int Compare(JsonElement a, JsonElement b) =>
        a.TryGetDecimal(out var x) && b.TryGetDecimal(out var y) ? x.CompareTo(y) : a.GetDouble().CompareTo(b.GetDouble());

    /// <summary>A number with no fractional part, however it is written (3, 3.0 and 3e0 all are).</summary>
    public static bool IsInteger(JsonElement number) =>
        number.TryGetDecimal(out var d) ? decimal.Truncate(d) == d : number.TryGetDouble(out var x) && double.IsInteger(x);

    /// <summary>The draft-04 type name of a value; an integral number is "integer", which "number" also accepts.</summary>
    public static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && IsInteger(value),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "not a draft-04 type"),
    };

    public static readonly IReadOnlySet<string> Types = new HashSet<string>(["object", "array", "string", "boolean", "null", "number", "integer"]);

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => IsInteger(value) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        var kind => kind.ToString().ToLowerInvariant(),
    };
}
