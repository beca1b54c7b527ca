using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ReviewI18n.Diagnostics;

namespace ReviewI18n.Configuration;

/// <summary>
/// Validates pipeline.json at start-up. Each failure names the key, e.g.
/// <c>collections[1].path: must contain {locale}</c>.
/// </summary>
public sealed partial class PipelineOptionsValidator : IValidateOptions<PipelineOptions>
{
    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LocalePattern();

    public ValidateOptionsResult Validate(string? name, PipelineOptions options)
    {
        var errors = Check(options).ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    public static IEnumerable<string> Check(PipelineOptions options)
    {
        var locales = options.Locales ?? [];
        if (locales.Count == 0) yield return "locales: must list at least one locale";
        for (var i = 0; i < locales.Count; i++)
        {
            if (!LocalePattern().IsMatch(locales[i] ?? "")) yield return $"locales[{i}]: '{locales[i]}' is not a locale name such as 'en' or 'ja'";
            else if (locales.IndexOf(locales[i]) != i) yield return $"locales[{i}]: '{locales[i]}' is listed twice";
        }
        var source = options.SourceLocale ?? "en";
        if (locales.Count > 0 && !locales.Contains(source)) yield return $"sourceLocale: '{source}' is not one of locales ({string.Join(", ", locales)})";

        var collections = options.Collections ?? [];
        if (collections.Count == 0) yield return "collections: must list at least one collection";
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < collections.Count; i++)
        {
            var c = collections[i];
            if (string.IsNullOrWhiteSpace(c.Name)) yield return $"collections[{i}].name: is required";
            else if (!names.Add(c.Name)) yield return $"collections[{i}].name: '{c.Name}' is used by another collection";
            if (string.IsNullOrWhiteSpace(c.Path)) yield return $"collections[{i}].path: is required";
            else if (!c.Path.Contains("{locale}", StringComparison.Ordinal)) yield return $"collections[{i}].path: '{c.Path}' must contain {{locale}}";
            else if (Path.IsPathRooted(c.Path) || c.Path.Split('/', '\\').Contains("..")) yield return $"collections[{i}].path: '{c.Path}' must stay inside the folder of pipeline.json";
            if (c.Permalink is { } p && !p.Contains("{ref}", StringComparison.Ordinal)) yield return $"collections[{i}].permalink: '{p}' must contain {{ref}}";
        }

        var reports = options.Reports ?? [];
        for (var i = 0; i < reports.Count; i++)
        {
            var r = reports[i];
            if (r.Kind is not ("report" or "pending")) yield return $"reports[{i}].kind: '{r.Kind}' is not one of report, pending";
            if (r.Format is not ("text" or "markdown" or "json" or "html")) yield return $"reports[{i}].format: '{r.Format}' is not one of text, markdown, json, html";
            if (string.IsNullOrWhiteSpace(r.Out)) yield return $"reports[{i}].out: is required";
            else if (Path.IsPathRooted(r.Out) || r.Out.Split('/', '\\').Contains("..")) yield return $"reports[{i}].out: '{r.Out}' must stay inside the folder of pipeline.json";
            if (r.Kind == "pending" && (r.Locale is null || r.Locale == source || !locales.Contains(r.Locale))) yield return $"reports[{i}].locale: a pending worklist needs a target locale";
        }

        if (options.History is { } history && history is not ("git" or "off")) yield return $"history: '{history}' is not one of git, off";

        foreach (var (rule, level) in options.Rules ?? [])
        {
            if (Rules.Find(rule) is null) yield return $"rules.{rule}: unknown rule (known: see README, e.g. {Rules.All[0].Name})";
            else if (!SeverityNames.TryParse(level, out _)) yield return $"rules.{rule}: '{level}' is not one of error, warning, info, off";
        }

        foreach (var (key, list) in new[] { ("shared", options.FrontMatter?.Shared), ("localized", options.FrontMatter?.Localized), ("required", options.FrontMatter?.Required) })
        {
            for (var i = 0; i < (list?.Count ?? 0); i++)
            {
                if (string.IsNullOrWhiteSpace(list![i])) yield return $"frontMatter.{key}[{i}]: must be a key name";
            }
        }
        foreach (var (key, map) in new[] { ("scripts", options.Scripts), ("allowedScripts", options.AllowedScripts) })
        {
            foreach (var (locale, scriptNames) in map ?? [])
            {
                if (!locales.Contains(locale)) yield return $"{key}.{locale}: '{locale}' is not one of locales";
                for (var i = 0; i < scriptNames.Count; i++)
                {
                    if (!Text.ScriptClassifier.TryParse(scriptNames[i], out _))
                    {
                        yield return $"{key}.{locale}[{i}]: unknown script '{scriptNames[i]}' (known: {string.Join(", ", Enum.GetNames<Text.Script>())})";
                    }
                }
            }
        }

        if (options.Prices is { } prices)
        {
            foreach (var (locale, currency) in prices.Currencies ?? [])
            {
                if (!locales.Contains(locale)) yield return $"prices.currencies.{locale}: '{locale}' is not one of locales";
                if (currency is not { Length: 3 } || !currency.All(char.IsAsciiLetterUpper)) yield return $"prices.currencies.{locale}: '{currency}' is not an ISO currency code such as USD or JPY";
            }
            foreach (var (locale, band) in prices.Rates ?? [])
            {
                if (!locales.Contains(locale) || locale == source) yield return $"prices.rates.{locale}: '{locale}' is not a target locale";
                if (band.Min is not > 0 || band.Max is not { } max || max < band.Min) yield return $"prices.rates.{locale}: needs min > 0 and max >= min";
                else if (band.Typical is { } typical && (typical < band.Min || typical > max)) yield return $"prices.rates.{locale}.typical: {typical} is outside min..max";
            }
        }

        var shared = options.FrontMatter?.Shared ?? [];
        foreach (var both in shared.Intersect(options.FrontMatter?.Localized ?? []))
        {
            yield return $"frontMatter.localized: '{both}' is also listed as shared";
        }
    }
}
