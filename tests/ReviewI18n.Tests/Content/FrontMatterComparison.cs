using ReviewI18n.Content;
using YamlDotNet.RepresentationModel;

namespace ReviewI18n.Tests.Content;

/// <summary>
/// Compares front-matter fields exactly: keys, every position, node kinds, tags, styles and
/// values, recursively. Returns a description of the first difference, or null.
/// </summary>
internal static class FrontMatterComparison
{
    public static string? Difference(IReadOnlyList<FrontMatterField> expected, IReadOnlyList<FrontMatterField> actual)
    {
        if (expected.Count != actual.Count) return $"{expected.Count} fields expected, {actual.Count} read";
        for (var i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            var a = actual[i];
            if (e.Key != a.Key || e.Line != a.Line || e.Column != a.Column || e.ValueLine != a.ValueLine
                || e.ValueColumn != a.ValueColumn || e.ValueStart != a.ValueStart || e.ValueEnd != a.ValueEnd)
            {
                return $"field {i}: expected {Describe(e)}, read {Describe(a)}";
            }
            if (NodeDifference(e.Value, a.Value) is { } d) return $"field {i} '{e.Key}': {d}";
        }
        return null;
    }

    private static string Describe(FrontMatterField f) =>
        $"'{f.Key}' at {f.Line}:{f.Column}, value at {f.ValueLine}:{f.ValueColumn} [{f.ValueStart}, {f.ValueEnd})";

    private static string? NodeDifference(YamlNode expected, YamlNode actual)
    {
        if (expected.GetType() != actual.GetType()) return $"expected a {expected.GetType().Name}, read a {actual.GetType().Name}";
        if (!expected.Tag.Equals(actual.Tag)) return $"expected tag {expected.Tag}, read {actual.Tag}";
        switch (expected)
        {
            case YamlScalarNode s:
                var t = (YamlScalarNode)actual;
                return s.Style == t.Style && s.Value == t.Value
                    ? null
                    : $"expected {s.Style} {Show(s.Value)}, read {t.Style} {Show(t.Value)}";
            case YamlSequenceNode q:
                var r = (YamlSequenceNode)actual;
                if (q.Style != r.Style) return $"expected a {q.Style} sequence, read {r.Style}";
                if (q.Children.Count != r.Children.Count) return $"expected {q.Children.Count} items, read {r.Children.Count}";
                for (var i = 0; i < q.Children.Count; i++)
                {
                    if (NodeDifference(q.Children[i], r.Children[i]) is { } d) return $"item {i}: {d}";
                }
                return null;
            case YamlMappingNode m:
                var o = (YamlMappingNode)actual;
                if (m.Style != o.Style) return $"expected a {m.Style} mapping, read {o.Style}";
                if (m.Children.Count != o.Children.Count) return $"expected {m.Children.Count} entries, read {o.Children.Count}";
                foreach (var ((ek, ev), (ak, av)) in m.Children.Zip(o.Children))
                {
                    if ((NodeDifference(ek, ak) ?? NodeDifference(ev, av)) is { } d) return $"entry {ek}: {d}";
                }
                return null;
            default:
                return expected.Equals(actual) ? null : $"expected {expected}, read {actual}";
        }
    }

    private static string Show(string? value) => value is null ? "null" : System.Text.Json.JsonSerializer.Serialize(value);
}
