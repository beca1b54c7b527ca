using System.Text;
using ReviewI18n.Facts;
using ReviewI18n.Pairing;

namespace ReviewI18n.Init;

/// <summary>
/// What <c>init</c> proposes for <c>glossary/sources.yml</c>: sites that name one source across
/// locales, proved from the site's own pairs. Where a pair's two reference lists give entry
/// <c>n</c> on different sites, neither a shop or price page, the two sites are counted as one
/// source cited in two locales (jvc.com in English, victor.jp in Japanese). A pair of sites is
/// proposed when it is seen in <see cref="MinPairs"/> pairs or more and the translation's site is
/// cited in the source locale in fewer pairs than that (a site both locales cite is a source of
/// its own, not a local name). Null when there is nothing to propose.
/// </summary>
public static class SourcesProposal
{
    public const int MinPairs = 3;

    public static string? Propose(SiteModel site)
    {
        var seen = new Dictionary<(string Source, string Translation), HashSet<string>>();
        var citedInSource = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var pair in site.Pairs)
        {
            var (sourceRefs, translationRefs) = (ReferenceList.Of(pair.Source), ReferenceList.Of(pair.Translation));
            foreach (var entry in sourceRefs.Entries)
            {
                if (entry.Source is { } s) Add(citedInSource, s.Brand, pair.Source.FullPath);
            }
            foreach (var entry in sourceRefs.Entries)
            {
                if (entry.Source is not { } source || entry.IsPriceSource) continue;
                if (translationRefs.Find(entry.Number) is not { Source: { } theirs } other || other.IsPriceSource) continue;
                if (source.Brand == theirs.Brand || source.Brand.Length < 3 || theirs.Brand.Length < 3) continue;
                if (!seen.TryGetValue((source.Brand, theirs.Brand), out var pairs)) seen[(source.Brand, theirs.Brand)] = pairs = new(StringComparer.Ordinal);
                pairs.Add(pair.Source.FullPath);
            }
        }
        var same = seen
            .Where(s => s.Value.Count >= MinPairs && citedInSource.GetValueOrDefault(s.Key.Translation)?.Count is null or < MinPairs)
            .OrderByDescending(s => s.Value.Count).ThenBy(s => s.Key.Source, StringComparer.Ordinal)
            .ToList();
        if (same.Count == 0) return null;
        var yaml = new StringBuilder()
            .AppendLine("# Sites that name one source in every locale, proposed by 'review-i18n init' from reference")
            .AppendLine("# entries that the pairs give on one site in the source and another in the translation.")
            .AppendLine("# Remove any pair that is a different source rather than a local name; add 'local' and")
            .AppendLine("# 'shops' lists as the comments in the documentation describe.")
            .AppendLine("same:");
        foreach (var ((source, translation), pairs) in same) yaml.AppendLine($"  - [{source}, {translation}]   # {pairs.Count} pairs");
        return yaml.ToString();
    }

    private static void Add(Dictionary<string, HashSet<string>> sets, string key, string value)
    {
        if (!sets.TryGetValue(key, out var set)) sets[key] = set = new(StringComparer.Ordinal);
        set.Add(value);
    }
}
