using YamlDotNet.RepresentationModel;
using static ReviewI18n.Glossary.GlossaryYaml;

namespace ReviewI18n.Glossary;

/// <summary>
/// Per-locale values of shared fields that differ on purpose, from <c>glossary/values.yml</c>:
/// <code>
/// company_id: { logitech: { ja: logicool }, jvc: { ja: victor } }
/// target_name: { "Logitech": { ja: "Logicool" } }
/// </code>
/// A translation holding the sanctioned value agrees with the source by definition: sync never
/// overwrites it and checks never report it. A locale may list several values; the first is the
/// one sync writes when the translation has none of them.
/// </summary>
public sealed class SanctionedValues
{
    public const string FileName = "values.yml";

    // field -> source value -> locale -> local values (first is preferred).
    private readonly Dictionary<string, Dictionary<string, Dictionary<string, List<string>>>> _values;

    private SanctionedValues(Dictionary<string, Dictionary<string, Dictionary<string, List<string>>>> values) => _values = values;

    public static SanctionedValues Empty { get; } = new(new(StringComparer.Ordinal));

    public int Count => _values.Values.Sum(v => v.Values.Sum(l => l.Count));

    /// <summary>The value <paramref name="locale"/> uses instead of <paramref name="sourceValue"/>, if any.</summary>
    public string? LocalFor(string field, string? sourceValue, string locale) =>
        Lookup(field, sourceValue, locale) is [var first, ..] ? first : null;

    /// <summary>True when <paramref name="localValue"/> is a sanctioned <paramref name="locale"/> value for <paramref name="sourceValue"/>.</summary>
    public bool IsSanctioned(string field, string? sourceValue, string locale, string? localValue) =>
        localValue is not null && Lookup(field, sourceValue, locale) is { } values && values.Contains(localValue, StringComparer.Ordinal);

    /// <summary>True when <paramref name="localValue"/> is some sanctioned <paramref name="locale"/> value of the field (never written back into the source).</summary>
    public bool IsAnyLocalValue(string field, string locale, string? localValue) =>
        localValue is not null && _values.TryGetValue(field, out var bySource)
        && bySource.Values.Any(byLocale => byLocale.TryGetValue(locale, out var values) && values.Contains(localValue, StringComparer.Ordinal));

    private List<string>? Lookup(string field, string? sourceValue, string locale) =>
        sourceValue is not null && _values.TryGetValue(field, out var bySource) && bySource.TryGetValue(sourceValue, out var byLocale)
            && byLocale.TryGetValue(locale, out var values) ? values : null;

    /// <summary>Reads <c>values.yml</c> from the glossary folder; no file means no sanctioned values.</summary>
    public static SanctionedValues Load(string glossaryFolder) =>
        GlossaryYaml.Load(glossaryFolder, FileName, Parse, Empty);

    public static SanctionedValues Parse(string yaml, string path = FileName)
    {
        var values = new Dictionary<string, Dictionary<string, Dictionary<string, List<string>>>>(StringComparer.Ordinal);
        if (Root(yaml, path, "a mapping of field names") is not { } root) return new(values);
        foreach (var (fieldNode, sourcesNode) in root.Children)
        {
            var field = Scalar(fieldNode, path);
            if (sourcesNode is not YamlMappingNode sources) throw Shape(path, sourcesNode, $"under '{field}', a mapping of source values");
            var bySource = values.TryGetValue(field, out var existing) ? existing : values[field] = new(StringComparer.Ordinal);
            foreach (var (sourceNode, localesNode) in sources.Children)
            {
                var source = Scalar(sourceNode, path);
                if (localesNode is not YamlMappingNode locales) throw Shape(path, localesNode, $"under '{field}: {source}', a mapping of locales");
                var byLocale = bySource[source] = new(StringComparer.Ordinal);
                foreach (var (localeNode, localNode) in locales.Children)
                {
                    var local = localNode switch
                    {
                        YamlScalarNode s => [Scalar(s, path)],
                        YamlSequenceNode seq => seq.Children.Select(c => Scalar(c, path)).ToList(),
                        _ => throw Shape(path, localNode, "a value or a list of values"),
                    };
                    byLocale[Scalar(localeNode, path)] = local;
                }
            }
        }
        return new(values);
    }

}
