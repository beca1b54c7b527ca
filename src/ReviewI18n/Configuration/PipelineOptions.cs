namespace ReviewI18n.Configuration;

/// <summary>
/// pipeline.json, bound through the options system. Property names are the JSON keys
/// (camelCase in the file). Lists are null when the file leaves them out so that defaults can
/// be told apart from an explicit empty list (the binder appends to pre-filled lists).
/// </summary>
public sealed class PipelineOptions
{
    public string? SourceLocale { get; set; }

    public List<string>? Locales { get; set; }

    public List<CollectionOptions>? Collections { get; set; }

    public FrontMatterOptions? FrontMatter { get; set; }

    /// <summary>Folder of glossary files, relative to pipeline.json.</summary>
    public string? Glossary { get; set; }

    /// <summary>Baseline store, relative to pipeline.json.</summary>
    public string? Baseline { get; set; }

    /// <summary>Suppressions file (findings accepted for now), relative to pipeline.json.</summary>
    public string? Suppressions { get; set; }

    /// <summary>
    /// Where drift baselines come from when the baseline store has no entry for a pair:
    /// <c>git</c> (default: the source as it was at the last commit that touched the translation)
    /// or <c>off</c> (the baseline store only).
    /// </summary>
    public string? History { get; set; }

    /// <summary>
    /// Per locale, the scripts its prose is written in (e.g. <c>ja</c>: Latin, Hiragana, Katakana,
    /// Han). Used to tell untranslated text and letters that do not belong. Defaults per locale in
    /// <see cref="PipelineConfig.DefaultScripts"/>.
    /// </summary>
    public Dictionary<string, List<string>>? Scripts { get; set; }

    /// <summary>
    /// Per locale, further scripts that may appear on purpose (a Greek or Russian title quoted in
    /// a reference list): not reported as unexpected.
    /// </summary>
    public Dictionary<string, List<string>>? AllowedScripts { get; set; }

    /// <summary>Reports <c>run</c> writes after checking: kind, format and output path each.</summary>
    public List<ReportOptions>? Reports { get; set; }

    /// <summary>Rule name to <c>error</c>, <c>warning</c>, <c>info</c> or <c>off</c>.</summary>
    public Dictionary<string, string>? Rules { get; set; }

    /// <summary>How prices are written per locale, for price-mismatch and foreign-currency; absent: prices are not checked.</summary>
    public PricesOptions? Prices { get; set; }
}

public sealed class CollectionOptions
{
    public string? Name { get; set; }

    /// <summary>Folder searched recursively for <c>*.md</c>; <c>{locale}</c> stands for the locale.</summary>
    public string? Path { get; set; }

    /// <summary>Permalink template with <c>{locale}</c> and <c>{ref}</c>, e.g. <c>/products/{locale}/{ref}/</c>.</summary>
    public string? Permalink { get; set; }
}

public sealed class FrontMatterOptions
{
    public List<string>? Shared { get; set; }

    public List<string>? Localized { get; set; }

    public List<string>? Required { get; set; }
}

/// <summary>One report <c>run</c> writes: a coverage report or one locale's worklist.</summary>
public sealed class ReportOptions
{
    /// <summary><c>report</c> (locale coverage) or <c>pending</c> (a translator's worklist).</summary>
    public string? Kind { get; set; }

    /// <summary><c>text</c>, <c>markdown</c>, <c>json</c> or <c>html</c>.</summary>
    public string? Format { get; set; }

    /// <summary>Output file, relative to pipeline.json.</summary>
    public string? Out { get; set; }

    /// <summary>The locale of a <c>pending</c> worklist.</summary>
    public string? Locale { get; set; }
}

/// <summary>
/// pipeline.json <c>prices</c>: the front-matter field that holds a review's price, each locale's
/// currency, and per target locale the plausible exchange rate (units of its currency per unit
/// of the source locale's): <c>{ "field": "price", "currencies": { "en": "USD", "ja": "JPY" },
/// "rates": { "ja": { "min": 50, "max": 250, "typical": 150 } } }</c>.
/// </summary>
public sealed class PricesOptions
{
    public string? Field { get; set; }

    public Dictionary<string, string>? Currencies { get; set; }

    public Dictionary<string, RateBandOptions>? Rates { get; set; }
}

/// <summary>A plausible exchange rate: <see cref="Min"/> to <see cref="Max"/>, <see cref="Typical"/> for conversions shown to users.</summary>
public sealed class RateBandOptions
{
    public decimal? Min { get; set; }

    public decimal? Max { get; set; }

    public decimal? Typical { get; set; }
}
