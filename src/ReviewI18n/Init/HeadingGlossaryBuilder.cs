using System.Text;
using System.Text.RegularExpressions;
using ReviewI18n.Glossary;
using ReviewI18n.Pairing;

namespace ReviewI18n.Init;

/// <summary>
/// Builds a heading glossary from the headings found in aligned positions: among pairs whose two
/// documents have the same number of sections, the n-th heading of the source and of the
/// translation name the same section. Each position becomes a key (a slug of its most common
/// source heading) with every heading seen there, most common first. A position whose sections
/// open with a score line gets its place in the <c>rating</c> array.
/// </summary>
public static partial class HeadingGlossaryBuilder
{
    [GeneratedRegex(@"^\s*\$\$\s*\\Large\s*\\text\{[0-9.]+\}\s*\$\$")]
    private static partial Regex ScoreLine();

    public static string Build(SiteModel site)
    {
        var byPosition = new SortedDictionary<int, Dictionary<string, Dictionary<string, int>>>();
        var scored = new Dictionary<int, int>();
        foreach (var pair in site.Pairs)
        {
            var s = pair.Source.Sections;
            var t = pair.Translation.Sections;
            if (s.Count == 0 || s.Count != t.Count) continue;
            for (var i = 0; i < s.Count; i++)
            {
                if (!byPosition.TryGetValue(i, out var locales)) byPosition[i] = locales = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
                Count(locales, pair.Source.Locale, Clean(s[i].Heading));
                Count(locales, pair.Translation.Locale, Clean(t[i].Heading));
                if (ScoreLine().IsMatch(s[i].ContentOf(pair.Source.Text))) scored[i] = scored.GetValueOrDefault(i) + 1;
            }
        }

        var text = new StringBuilder();
        text.Append("# Section headings by key, proposed by 'review-i18n init' from the headings found in\n");
        text.Append("# aligned positions. The first heading of each locale is the canonical one; review and edit.\n");
        var used = new HashSet<string>(StringComparer.Ordinal);
        var rating = 0;
        foreach (var (position, locales) in byPosition)
        {
            if (!locales.TryGetValue(site.Config.SourceLocale, out var sourceHeadings)) continue;
            var top = sourceHeadings.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
            var key = KeyFor(top);
            if (key.Length == 0 || !used.Add(key)) continue;
            text.Append('\n').Append(key).Append(":\n");
            var total = sourceHeadings.Values.Sum();
            if (scored.GetValueOrDefault(position) > total / 2) text.Append("  rating: ").Append(++rating).Append('\n');
            foreach (var locale in site.Config.Locales)
            {
                if (!locales.TryGetValue(locale, out var headings)) continue;
                // Headings seen at least twice, or the most common one: one-off headings are noise.
                var seen = headings.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
                    .Where((p, i) => i == 0 || p.Value >= 2).Select(p => Quote(p.Key)).ToList();
                text.Append("  ").Append(locale).Append(": ").Append(seen.Count == 1 ? seen[0] : $"[{string.Join(", ", seen)}]").Append('\n');
            }
        }
        return text.ToString();
    }

    /// <summary>A key from a heading: letters and digits kept (lower case), everything else one dash.</summary>
    internal static string KeyFor(string heading)
    {
        var key = new StringBuilder();
        foreach (var c in HeadingText.Normalize(heading))
        {
            if (char.IsLetterOrDigit(c)) key.Append(c);
            else if (key.Length > 0 && key[^1] != '-') key.Append('-');
        }
        return key.ToString().Trim('-');
    }

    private static void Count(Dictionary<string, Dictionary<string, int>> locales, string locale, string heading)
    {
        if (heading.Length == 0) return;
        if (!locales.TryGetValue(locale, out var headings)) locales[locale] = headings = new Dictionary<string, int>(StringComparer.Ordinal);
        headings[heading] = headings.GetValueOrDefault(heading) + 1;
    }

    /// <summary>A heading without a trailing note in brackets: the glossary matches those anyway.</summary>
    private static string Clean(string heading)
    {
        var h = heading.Trim();
        var cut = h.LastIndexOfAny(['(', '（']);
        return cut > 0 && h.EndsWith(h[cut] == '(' ? ')' : '）') ? h[..cut].Trim() : h;
    }

    private static string Quote(string value) =>
        value.IndexOfAny([':', '#', '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`']) >= 0 || value != value.Trim()
            ? "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
            : value;
}
