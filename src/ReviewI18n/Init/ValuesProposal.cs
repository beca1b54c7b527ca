using System.Text;
using ReviewI18n.Pairing;

namespace ReviewI18n.Init;

/// <summary>
/// What <c>init</c> proposes for <c>glossary/values.yml</c>: sanctioned local values of shared
/// fields, from the site's own pairs. A source value is proposed when the pairs that change it in
/// a locale all change it to the same other name (<c>logitech</c> is <c>logicool</c> in ja, while
/// other pairs may keep <c>logitech</c>), in two pairs or more, or once for an id written as a
/// slug (company ids). A change of letter case only is a slip, not a local name. Names written in the translation's own script
/// need no entry: sync keeps them anyway. Null when there is nothing to propose.
/// </summary>
public static class ValuesProposal
{
    public static string? Propose(SiteModel site, IReadOnlyList<string> shared)
    {
        var entries = new SortedDictionary<string, SortedDictionary<string, SortedDictionary<string, string>>>(StringComparer.Ordinal);
        foreach (var field in shared)
        {
            var seen = new Dictionary<(string Source, string Locale), (HashSet<string> Local, int Pairs, int Same)>();
            foreach (var pair in site.Pairs)
            {
                if (pair.Source.FrontMatter?.GetScalar(field) is not { } value || pair.Translation.FrontMatter?.GetScalar(field) is not { } local) continue;
                var key = (value, pair.Locale);
                var known = seen.GetValueOrDefault(key, ([], 0, 0));
                if (local == value) known.Same++;
                else known.Local.Add(local);
                known.Pairs++;
                seen[key] = known;
            }
            foreach (var ((value, locale), (locals, pairs, same)) in seen)
            {
                // One other value, a name, and not the same name in other letters' case (that is a slip).
                if (locals.Count != 1 || !IsName(value) || !IsName(locals.First()) || string.Equals(value, locals.First(), StringComparison.OrdinalIgnoreCase)) continue;
                if (pairs - same < 2 && !IsSlug(value)) continue;
                var byValue = entries.TryGetValue(field, out var f) ? f : entries[field] = new(StringComparer.Ordinal);
                var byLocale = byValue.TryGetValue(value, out var l) ? l : byValue[value] = new(StringComparer.Ordinal);
                byLocale[locale] = locals.First();
            }
        }
        if (entries.Count == 0) return null;
        var yaml = new StringBuilder()
            .AppendLine("# Sanctioned per-locale values of shared front-matter fields, proposed by 'review-i18n init'")
            .AppendLine("# from values that the pairs change the same way in a locale. Sync never overwrites")
            .AppendLine("# them and check never reports them; remove any that is a mistake rather than a local name.")
            .AppendLine("#   field: { source value: { locale: local value } }");
        foreach (var (field, values) in entries)
        {
            yaml.AppendLine($"{field}:");
            foreach (var (value, locales) in values)
            {
                yaml.AppendLine($"  {Quoted(value)}: {{ {string.Join(", ", locales.Select(l => $"{l.Key}: {Quoted(l.Value)}"))} }}");
            }
        }
        return yaml.ToString();
    }

    /// <summary>A name in Latin letters, digits, spaces and hyphens: a brand or model, not a date or a sentence.</summary>
    private static bool IsName(string value) =>
        value.Length is > 1 and < 60 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '_' or '.') && value.Any(char.IsAsciiLetter);

    private static bool IsSlug(string value) => value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    private static string Quoted(string value) => IsSlug(value) ? value : $"\"{value.Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
}
