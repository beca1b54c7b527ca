using ReviewI18n.Pairing;
using YamlDotNet.RepresentationModel;

namespace ReviewI18n.Init;

/// <summary>
/// Proposes the front-matter field lists from what the pairs show: a key whose value is equal in
/// nearly every pair is shared, one that differs is localized, and one nearly every document has
/// is required.
/// </summary>
public static class FieldClassifier
{
    public static (List<string> Shared, List<string> Localized, List<string> Required) Classify(SiteModel site)
    {
        var equal = new Dictionary<string, int>(StringComparer.Ordinal);
        var both = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in site.Pairs)
        {
            if (pair.Source.FrontMatter is not { } s || pair.Translation.FrontMatter is not { } t) continue;
            foreach (var field in s.Fields)
            {
                if (t[field.Key] is not { } other) continue;
                both[field.Key] = both.GetValueOrDefault(field.Key) + 1;
                if (Meaning(field.Value) == Meaning(other.Value)) equal[field.Key] = equal.GetValueOrDefault(field.Key) + 1;
            }
        }
        var present = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var doc in site.Documents)
        {
            foreach (var field in doc.FrontMatter?.Fields ?? [])
            {
                if (!present.ContainsKey(field.Key)) order.Add(field.Key);
                present[field.Key] = present.GetValueOrDefault(field.Key) + 1;
            }
        }
        var shared = new List<string>();
        var localized = new List<string>();
        foreach (var key in order)
        {
            if (!both.TryGetValue(key, out var n) || n == 0) continue;
            // Real sites drift a little (that is what sync is for): 90 % equal is shared.
            if (equal.GetValueOrDefault(key) >= 0.9 * n) shared.Add(key);
            else localized.Add(key);
        }
        var required = order.Where(k => present[k] >= 0.99 * site.Documents.Count).ToList();
        return (shared, localized, required);
    }

    private static string Meaning(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value ?? "",
        YamlSequenceNode seq => "[" + string.Join("\u0001", seq.Children.Select(Meaning)) + "]",
        _ => node.ToString(),
    };
}
