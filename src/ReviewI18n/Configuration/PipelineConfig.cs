using ReviewI18n.Diagnostics;
using ReviewI18n.Text;

namespace ReviewI18n.Configuration;

/// <summary>
/// The validated configuration with defaults applied and paths resolved against the folder of
/// pipeline.json (the site root). Everything downstream reads this, never the raw options.
/// </summary>
public sealed class PipelineConfig
{
    public static readonly IReadOnlyList<string> DefaultShared = ["layout", "ref", "company_id", "target_name", "date", "rating"];
    public static readonly IReadOnlyList<string> DefaultLocalized = ["title", "summary", "tags", "price", "lang", "permalink"];
    public static readonly IReadOnlyList<string> DefaultRequired =
        ["layout", "title", "target_name", "company_id", "lang", "ref", "date", "rating", "summary", "tags", "permalink"];

    /// <summary>Scripts of each locale's prose when pipeline.json does not say.</summary>
    public static IReadOnlyList<Script> DefaultScriptsFor(string locale) => locale.Split('-')[0] switch
    {
        "ja" => [Script.Latin, Script.Hiragana, Script.Katakana, Script.Han],
        "zh" => [Script.Latin, Script.Han],
        "ko" => [Script.Latin, Script.Hangul, Script.Han],
        "ru" or "uk" or "bg" => [Script.Latin, Script.Cyrillic],
        "el" => [Script.Latin, Script.Greek],
        "th" => [Script.Latin, Script.Thai],
        _ => [Script.Latin],
    };

    public required string ConfigPath { get; init; }

    /// <summary>Absolute folder of pipeline.json; file paths in findings are relative to it.</summary>
    public required string Root { get; init; }

    public required string SourceLocale { get; init; }

    public required IReadOnlyList<string> Locales { get; init; }

    public IEnumerable<string> TargetLocales => Locales.Where(l => l != SourceLocale);

    public required IReadOnlyList<CollectionConfig> Collections { get; init; }

    public required IReadOnlyList<string> SharedFields { get; init; }

    public required IReadOnlyList<string> LocalizedFields { get; init; }

    public required IReadOnlyList<string> RequiredFields { get; init; }

    public required string GlossaryPath { get; init; }

    public required string BaselinePath { get; init; }

    /// <summary>The suppressions file; it need not exist.</summary>
    public string SuppressionsPath { get; init; } = "";

    public required SeverityPolicy Severities { get; init; }

    /// <summary>The reports <c>run</c> writes (validated: kind, format, out inside the site, locale).</summary>
    public IReadOnlyList<ReportOptions> Reports { get; init; } = [];

    /// <summary>True when drift may read git history for pairs the baseline store does not know.</summary>
    public bool UseGitHistory { get; init; } = true;

    /// <summary>How prices are written per locale; null when pipeline.json does not say (prices are not checked).</summary>
    public PriceConfig? Prices { get; init; }

    /// <summary>The scripts each locale's prose is written in.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Script>> Scripts { get; init; }

    /// <summary>Scripts that may appear on purpose in a locale beyond <see cref="Scripts"/>.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Script>> AllowedScripts { get; init; }

    public static PipelineConfig From(PipelineOptions options, string configPath)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(configPath))!;
        var overrides = new Dictionary<string, Severity>(StringComparer.Ordinal);
        foreach (var (rule, level) in options.Rules ?? [])
        {
            if (SeverityNames.TryParse(level, out var severity)) overrides[rule] = severity;
        }
        return new PipelineConfig
        {
            ConfigPath = Path.GetFullPath(configPath),
            Root = root,
            SourceLocale = options.SourceLocale ?? "en",
            Locales = options.Locales ?? [],
            Collections = (options.Collections ?? [])
                .Select(c => new CollectionConfig(c.Name!, CollectionConfig.NormalizePath(c.Path!), c.Permalink))
                .ToList(),
            SharedFields = options.FrontMatter?.Shared ?? DefaultShared,
            LocalizedFields = options.FrontMatter?.Localized ?? DefaultLocalized,
            RequiredFields = options.FrontMatter?.Required ?? DefaultRequired,
            GlossaryPath = Path.GetFullPath(Path.Combine(root, options.Glossary ?? "glossary")),
            BaselinePath = Path.GetFullPath(Path.Combine(root, options.Baseline ?? ".review-i18n/baseline.json")),
            SuppressionsPath = Path.GetFullPath(Path.Combine(root, options.Suppressions ?? Suppressions.SuppressionFile.DefaultPath)),
            Severities = new SeverityPolicy(overrides),
            Reports = options.Reports ?? [],
            UseGitHistory = !string.Equals(options.History, "off", StringComparison.OrdinalIgnoreCase),
            Scripts = (options.Locales ?? []).ToDictionary(l => l, l => options.Scripts?.GetValueOrDefault(l) is { } names ? ParseScripts(names) : DefaultScriptsFor(l)),
            AllowedScripts = (options.Locales ?? []).ToDictionary(l => l, l => options.AllowedScripts?.GetValueOrDefault(l) is { } names ? ParseScripts(names) : (IReadOnlyList<Script>)[]),
            Prices = options.Prices is { } prices ? PriceConfig.From(prices) : null,
        };
    }

    private static IReadOnlyList<Script> ParseScripts(IEnumerable<string> names) =>
        names.Select(n => ScriptClassifier.TryParse(n, out var s) ? s : Script.Other).Distinct().ToList();

    /// <summary>A path relative to the site root with '/' separators, as findings show it.</summary>
    public string Relative(string fullPath)
    {
        // Asked for every file a listing finds, whose paths are under the root and already
        // normal: cutting the root off is enough, and a tenth of the cost of the general way,
        // which any other path (dot segments, doubled separators, another case) still takes.
        var separator = Path.DirectorySeparatorChar;
        var start = Root.Length > 0 && Root[^1] == separator ? Root.Length : Root.Length + 1;
        if (fullPath.Length > start && fullPath.StartsWith(Root, StringComparison.Ordinal) && fullPath[start - 1] == separator)
        {
            var rest = fullPath.AsSpan(start);
            if (rest[0] != '.' && rest[0] != separator && !rest.Contains([separator, '.'], StringComparison.Ordinal)
                && !rest.Contains([separator, separator], StringComparison.Ordinal) && rest[^1] != separator)
            {
                return separator == '/' ? rest.ToString() : rest.ToString().Replace(separator, '/');
            }
        }
        return Path.GetRelativePath(Root, fullPath).Replace('\\', '/');
    }
}

/// <summary>One collection: its name, its folder template and its permalink template.</summary>
public sealed record CollectionConfig(string Name, string PathTemplate, string? PermalinkTemplate)
{
    public string PathFor(string locale) => PathTemplate.Replace("{locale}", locale, StringComparison.Ordinal);

    /// <summary>A folder template as pipeline.json gives it, with '/' separators and no trailing one.</summary>
    public static string NormalizePath(string path) => path.Replace('\\', '/').TrimEnd('/');

    public string? PermalinkFor(string locale, string reference) =>
        PermalinkTemplate?.Replace("{locale}", locale, StringComparison.Ordinal).Replace("{ref}", reference, StringComparison.Ordinal);
}
