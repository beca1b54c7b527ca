using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReviewI18n.Sync;

/// <summary>
/// The meaning of a front-matter value, so that values compare by what they say rather than how
/// they are written: <c>2025-07-31</c> equals <c>"2025-07-31"</c> (Jekyll reads both as the date),
/// <c>0.60</c> equals <c>0.6</c>, and a flow list equals the same items as a block list. The meaning
/// is a JSON node, which is also how the baseline stores it.
/// </summary>
public sealed class SharedValue
{
    /// <summary>Stands for a meaning not worked out yet (null is a meaning: YAML's null).</summary>
    private static readonly object NotYet = new();

    private string? _canonical;

    /// <summary>The meaning, or <see cref="NotYet"/>: one reference, so threads that race both store the same value.</summary>
    private object? _meaning;

    private SharedValue(JsonNode? meaning, YamlNode? node)
    {
        _meaning = meaning;
        Node = node;
    }

    private SharedValue(YamlNode node)
    {
        _meaning = NotYet;
        Node = node;
    }

    /// <summary>
    /// The value as JSON: strings, numbers, booleans, null, arrays and (key-sorted) objects. Worked
    /// out from the YAML node when first asked for: a check compares every shared field of every
    /// pair, and nearly all are written alike in both files (<see cref="SameAs"/> needs no meaning then).
    /// </summary>
    public JsonNode? Meaning
    {
        get
        {
            var meaning = Volatile.Read(ref _meaning);
            if (!ReferenceEquals(meaning, NotYet)) return (JsonNode?)meaning;
            var worked = MeaningOf(Node!, depth: 0);
            Volatile.Write(ref _meaning, worked);
            return worked;
        }
    }

    /// <summary>The YAML node it was read from (its style guides rendering), or null when it came from the baseline.</summary>
    public YamlNode? Node { get; }

    /// <summary>Equal meaning, equal text: the comparison key. Written when first asked for: <see cref="SameAs"/> mostly does without.</summary>
    public string Canonical => _canonical ??= Meaning?.ToJsonString() ?? "null";

    /// <summary>The scalar text when the value is a scalar string or number; null otherwise.</summary>
    public string? Text => Node is YamlScalarNode s ? s.Value : Meaning is JsonValue v ? v.ToString() : null;

    /// <summary>Short text for messages and summaries: <c>2025-07-31</c>, <c>[2.3, 0.5]</c>.</summary>
    public string Display => Node switch
    {
        YamlScalarNode s => s.Value ?? "",
        YamlSequenceNode seq => "[" + string.Join(", ", seq.Children.Select(c => From(c).Display)) + "]",
        _ => Meaning switch
        {
            null => "null",
            JsonValue v when v.TryGetValue<string>(out var text) => text,
            _ => Canonical,
        },
    };

    /// <summary>Whether both have the same <see cref="Canonical"/> text.</summary>
    public bool SameAs(SharedValue? other) => other is not null
        && (WrittenAlike(Node, other.Node, depth: 0)
            || (CanonicalEquality.Compare(Meaning, other.Meaning) ?? string.Equals(Canonical, other.Canonical, StringComparison.Ordinal)));

    /// <summary>
    /// Whether two nodes certainly mean the same because they are written alike: scalars with the
    /// same text, style and tag (all a scalar's meaning depends on), or sequences of such scalars.
    /// False says nothing: the meanings may still agree (<c>0.60</c> and <c>0.6</c>).
    /// </summary>
    private static bool WrittenAlike(YamlNode? a, YamlNode? b, int depth)
    {
        switch (a, b)
        {
            case (YamlScalarNode x, YamlScalarNode y):
                return x.Style == y.Style && string.Equals(x.Value, y.Value, StringComparison.Ordinal)
                    && (x.Tag.IsEmpty ? y.Tag.IsEmpty : !y.Tag.IsEmpty && string.Equals(x.Tag.Value, y.Tag.Value, StringComparison.Ordinal));
            case (YamlSequenceNode x, YamlSequenceNode y) when depth < 32 && x.Children.Count == y.Children.Count:
                for (var i = 0; i < x.Children.Count; i++)
                {
                    if (!WrittenAlike(x.Children[i], y.Children[i], depth + 1)) return false;
                }
                return true;
            default:
                return false;
        }
    }

    public static SharedValue From(YamlNode node) => new(node);

    /// <summary>A plain string value (a sanctioned local value or a derived field), written plain when that is safe.</summary>
    public static SharedValue FromString(string text) => new(JsonValue.Create(text), new YamlScalarNode(text) { Style = ScalarStyle.Plain });

    /// <summary>A value the baseline stored; numbers are re-canonicalised so old files still compare.</summary>
    public static SharedValue FromJson(JsonNode? json) => new(Canonicalise(json), null);

    private static JsonNode? MeaningOf(YamlNode node, int depth)
    {
        // Front matter is shallow; a deep structure is compared by its outline only, never recursed without bound.
        if (depth > 32) return JsonValue.Create("…");
        switch (node)
        {
            case YamlScalarNode scalar:
                return ScalarMeaning(scalar);
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                foreach (var child in sequence.Children) array.Add(MeaningOf(child, depth + 1));
                return array;
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (key, value) in mapping.Children
                             .Select(p => (Key: p.Key is YamlScalarNode k ? k.Value ?? "" : p.Key.ToString(), p.Value))
                             .OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    obj[key] = MeaningOf(value, depth + 1);
                }
                return obj;
            default:
                // An alias: its anchor's text is not resolved here (no alias expansion, no bombs).
                return JsonValue.Create("*" + node);
        }
    }

    private static JsonNode? ScalarMeaning(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        var explicitString = !scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific && scalar.Tag.Value is "tag:yaml.org,2002:str" or "!!str";
        if (scalar.Style != ScalarStyle.Plain || explicitString) return JsonValue.Create(text);
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }
        return IsYamlNumber(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? JsonValue.Create(number)
            : JsonValue.Create(text);
    }

    /// <summary>YAML 1.2 core schema decimal int or float: <c>[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?</c>.</summary>
    internal static bool IsYamlNumber(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (i < text.Length && text[i] is '+' or '-') i++;
        var digits = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i])) { i++; digits++; }
        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i])) { i++; digits++; }
        }
        if (digits == 0) return false;
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-') i++;
            var exponent = 0;
            while (i < text.Length && char.IsAsciiDigit(text[i])) { i++; exponent++; }
            if (exponent == 0) return false;
        }
        return i == text.Length;
    }

    private static JsonNode? Canonicalise(JsonNode? json) => json switch
    {
        null => null,
        JsonArray array => new JsonArray([.. array.Select(Canonicalise)]),
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Canonicalise(p.Value)))),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.Number => JsonValue.Create(value.GetValue<double>()),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String => JsonValue.Create(value.GetValue<string>()),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.True => JsonValue.Create(true),
        JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.False => JsonValue.Create(false),
        _ => null,
    };

    public override string ToString() => Display;
}
