using ReviewI18n.Facts;
using YamlDotNet.RepresentationModel;
using static ReviewI18n.Glossary.GlossaryYaml;

namespace ReviewI18n.Glossary;

/// <summary>
/// <c>glossary/sources.yml</c>: what a site's maintainers know about the sources its reviews cite,
/// for comparing citations between locales.
/// <code>
/// same:                 # sites that name one source in every locale (a brand's local name)
///   - [jvc.com, victor.jp]
/// local:                # sites a locale cites for its own market (distributors, shops, news)
///   ja: [naspecaudio.com, u-audio.com]
/// shops: [shimamusen.com]   # shops and price pages the built-in list does not know
/// </code>
/// Sites are compared by name without their country (<see cref="SourceIdentity.Brand"/>). No
/// file means nothing beyond the built-in rules.
/// </summary>
public sealed class SourceGlossary
{
    public const string FileName = "sources.yml";

    private readonly HashSet<(string, string)> _same;
    private readonly Dictionary<string, HashSet<string>> _local;
    private readonly HashSet<string> _shops;

    private SourceGlossary(HashSet<(string, string)> same, Dictionary<string, HashSet<string>> local, HashSet<string> shops) =>
        (_same, _local, _shops) = (same, local, shops);

    public static SourceGlossary Empty { get; } = new([], new(StringComparer.Ordinal), new(StringComparer.Ordinal));

    /// <summary>Every pair of site names that stand for one source.</summary>
    public IReadOnlySet<(string, string)> SameNames => _same;

    /// <summary>Whether the site is one a locale cites for its own market.</summary>
    public bool IsLocal(SourceIdentity source, string locale) =>
        _local.TryGetValue(locale, out var sites) && sites.Contains(source.Brand);

    public bool IsShop(SourceIdentity source) => _shops.Contains(source.Brand);

    /// <summary>Reads <c>sources.yml</c> from the glossary folder; a file that does not parse is a configuration error naming its line.</summary>
    public static SourceGlossary Load(string glossaryFolder) =>
        GlossaryYaml.Load(glossaryFolder, FileName, Parse, Empty);

    public static SourceGlossary Parse(string yaml, string path = FileName)
    {
        var (same, local, shops) = (new HashSet<(string, string)>(), new Dictionary<string, HashSet<string>>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
        if (Root(yaml, path, "a mapping with same, local or shops") is not { } root) return new(same, local, shops);
        foreach (var (keyNode, value) in root.Children)
        {
            switch (Scalar(keyNode, path))
            {
                case "same":
                    foreach (var group in Sequence(value, path, "a list of site lists"))
                    {
                        var brands = Sequence(group, path, "a list of sites").Select(s => Brand(Scalar(s, path))).ToList();
                        foreach (var a in brands)
                        {
                            foreach (var b in brands) same.Add((a, b));
                        }
                    }
                    break;
                case "local":
                    if (value is not YamlMappingNode byLocale) throw Shape(path, value, "a mapping of locales to site lists");
                    foreach (var (localeNode, sites) in byLocale.Children)
                    {
                        var locale = Scalar(localeNode, path);
                        var set = local.TryGetValue(locale, out var known) ? known : local[locale] = new(StringComparer.Ordinal);
                        foreach (var site in Sequence(sites, path, "a list of sites")) set.Add(Brand(Scalar(site, path)));
                    }
                    break;
                case "shops":
                    foreach (var site in Sequence(value, path, "a list of sites")) shops.Add(Brand(Scalar(site, path)));
                    break;
                default:
                    throw Shape(path, keyNode, "same, local or shops");
            }
        }
        return new(same, local, shops);
    }

    /// <summary>A site as written in the file ("victor.jp", "https://www.u-audio.com/") by its name without the country.</summary>
    private static string Brand(string site) =>
        SourceIdentity.Of(site.Contains("://", StringComparison.Ordinal) ? site : "https://" + site)?.Brand ?? site.ToLowerInvariant();

}
