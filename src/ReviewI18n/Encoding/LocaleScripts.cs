using ReviewI18n.Configuration;
using ReviewI18n.Text;

namespace ReviewI18n.Encodings;

/// <summary>How well a script fits the prose of one locale.</summary>
public enum ScriptFit
{
    /// <summary>One of the locale's own scripts (pipeline.json <c>scripts</c>).</summary>
    Expected,

    /// <summary>Allowed on purpose for this locale (pipeline.json <c>allowedScripts</c>).</summary>
    Allowed,

    /// <summary>
    /// A script of another locale of the same site: a bilingual site quotes its other language
    /// (prices in 円, Japanese product names in English reviews). Whether such text should have
    /// been translated is for the section checks, not for the encoding rules.
    /// </summary>
    Site,

    /// <summary>Greek letters in technical prose are symbols (Ω, µ, Σ, Δ, φ).</summary>
    Symbol,

    Unexpected,
}

/// <summary>The scripts one locale expects, allows and tolerates.</summary>
public sealed class LocaleScripts
{
    private readonly ScriptFit[] _fit;

    public LocaleScripts(IEnumerable<Script> expected, IEnumerable<Script> allowed, IEnumerable<Script> site)
    {
        _fit = new ScriptFit[Scripts.Count];
        for (var i = 0; i < _fit.Length; i++) _fit[i] = ScriptFit.Unexpected;
        _fit[(int)Script.Greek] = ScriptFit.Symbol;
        foreach (var s in site) _fit[(int)s] = ScriptFit.Site;
        foreach (var s in allowed) _fit[(int)s] = ScriptFit.Allowed;
        foreach (var s in expected) _fit[(int)s] = ScriptFit.Expected;
        _fit[(int)Script.Common] = ScriptFit.Expected;
        IsJapanese = Fit(Script.Hiragana) == ScriptFit.Expected || Fit(Script.Katakana) == ScriptFit.Expected;
    }

    /// <summary>Whether kana are the locale's own: Japanese punctuation and full-width forms are then normal.</summary>
    public bool IsJapanese { get; }

    public ScriptFit Fit(Script script) => _fit[(int)script];

    /// <summary>
    /// Per character, whether the script check must look at it: a letter of Greek, Cyrillic or
    /// Armenian (homoglyphs), or of a script this locale does not expect. Built on first use.
    /// </summary>
    internal bool[] NeedsScriptCheck => _needsScriptCheck ??= BuildNeedsScriptCheck();

    private bool[]? _needsScriptCheck;

    /// <summary>Per character, which scans it asks for in this locale (<see cref="Encodings.CharFlags"/>). Built on first use.</summary>
    internal Needs[] CharFlags => _charFlags ??= Encodings.CharFlags.BuildTable(this);

    private Needs[]? _charFlags;

    private bool[] BuildNeedsScriptCheck()
    {
        var table = new bool[65536];
        var scripts = ScriptClassifier.InText;
        for (var c = 0x370; c < 65536; c++)
        {
            var s = scripts[c];
            table[c] = s is not (Script.Common or Script.Latin) && (ScriptScanner.IsAlphabetic(s) || Fit(s) is ScriptFit.Unexpected or ScriptFit.Symbol);
        }
        return table;
    }

    public static LocaleScripts For(PipelineConfig config, string locale)
    {
        var expected = config.Scripts.GetValueOrDefault(locale) ?? PipelineConfig.DefaultScriptsFor(locale);
        var allowed = config.AllowedScripts.GetValueOrDefault(locale) ?? [];
        var site = config.Scripts.Values.SelectMany(s => s);
        return new LocaleScripts(expected, allowed, site);
    }

    /// <summary>A locale with its default scripts, on a site of the given locales (tests, the accuracy harness).</summary>
    public static LocaleScripts Default(string locale, params string[] siteLocales) =>
        new(PipelineConfig.DefaultScriptsFor(locale), [], siteLocales.SelectMany(PipelineConfig.DefaultScriptsFor));
}
