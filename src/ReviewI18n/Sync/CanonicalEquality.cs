using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReviewI18n.Sync;

/// <summary>
/// Tells whether two meanings would write the same JSON text, without writing it: check and
/// sync compare every shared field of every pair, and serializing both sides cost more than the
/// rest of the plan. Answers null when only the text can tell (objects, strings with lone
/// surrogates, which the JSON writer replaces); the caller then compares the text.
/// </summary>
internal static class CanonicalEquality
{
    public static bool? Compare(JsonNode? a, JsonNode? b)
    {
        switch (a, b)
        {
            case (null, null):
                return true;
            case (JsonArray x, JsonArray y):
                if (x.Count != y.Count) return false;
                for (var i = 0; i < x.Count; i++)
                {
                    if (Compare(x[i], y[i]) is not true and var same) return same;
                }
                return true;
            case (JsonValue x, JsonValue y):
                return CompareValues(x, y);
            case (JsonObject, _) or (_, JsonObject):
                return null;
            default:
                // Different kinds (null, a value, an array) never write the same text.
                return false;
        }
    }

    private static bool? CompareValues(JsonValue x, JsonValue y)
    {
        var kind = x.GetValueKind();
        // A string, a number, true and false each start their text differently.
        if (kind != y.GetValueKind()) return false;
        switch (kind)
        {
            case JsonValueKind.String:
                var (s, t) = (x.GetValue<string>(), y.GetValue<string>());
                // Escaping is one to one except for lone surrogates.
                if (string.Equals(s, t, StringComparison.Ordinal)) return true;
                return HasSurrogate(s) || HasSurrogate(t) ? null : false;
            case JsonValueKind.True or JsonValueKind.False:
                return true;
            case JsonValueKind.Number:
                // Meanings hold numbers as doubles (the cast is compiled ahead; GetValue<double> is not).
                // The shortest round-trip form of a finite double is one to one, and tells -0 from 0.
                var (d, e) = ((double)x, (double)y);
                return double.IsFinite(d) && double.IsFinite(e) ? BitConverter.DoubleToInt64Bits(d) == BitConverter.DoubleToInt64Bits(e) : null;
            default:
                return null;
        }
    }

    private static bool HasSurrogate(string text) => text.AsSpan().ContainsAny(ReviewI18n.Text.CharRanges.Surrogates);
}
