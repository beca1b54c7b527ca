using System.Reflection;
using System.Text.Json;
using ReviewI18n.Diagnostics;

namespace ReviewI18n.Output;

/// <summary>
/// Findings as SARIF 2.1.0 for code scanning (GitHub uploads it with <c>upload-sarif</c>). One
/// run; the driver lists every rule of the catalogue with its help text and default level, so
/// <c>ruleIndex</c> is stable; each result points at the file (relative to the site root, under
/// <c>%SRCROOT%</c>) and its line and column. Columns count UTF-16 code units, which the run says.
/// </summary>
public static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string InformationUri = "https://github.com/review-i18n/review-i18n";

    public static void Write(Stream output, IReadOnlyList<Diagnostic> diagnostics) => Write(output, diagnostics, SarifExtras.None);

    /// <summary>
    /// The log with suppressed results kept (<c>suppressions: [{ "kind": "external" }]</c>, as code
    /// scanning expects of a suppressions file) and, when a baseline is given, each result's
    /// <c>baselineState</c> (<c>new</c> or <c>unchanged</c>) and the baseline's results that are
    /// gone (<c>absent</c>). Every result has <c>partialFingerprints</c>.
    /// </summary>
    public static void Write(Stream output, IReadOnlyList<Diagnostic> diagnostics, SarifExtras extras)
    {
        var index = new Dictionary<Rule, int>();
        for (var i = 0; i < Rules.All.Count; i++) index[Rules.All[i]] = i;

        using var json = new Utf8JsonWriter(output, JsonOutput.Writer);
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "review-i18n");
        json.WriteString("version", Version);
        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in Rules.All) WriteRule(json, rule);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        var baseline = extras.Baseline is { } known ? new Dictionary<string, int>(known.Counts, StringComparer.Ordinal) : null;
        foreach (var d in diagnostics) WriteResult(json, d, index.GetValueOrDefault(d.Rule, -1), suppressed: false, BaselineState(baseline, d));
        foreach (var d in extras.Suppressed) WriteResult(json, d, index.GetValueOrDefault(d.Rule, -1), suppressed: true, BaselineState(baseline, d));
        if (extras.Baseline is { } previous && baseline is not null)
        {
            foreach (var gone in previous.Results)
            {
                if (baseline.GetValueOrDefault(gone.Key) <= 0) continue;
                baseline[gone.Key]--;
                WriteAbsent(json, gone, index);
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    /// <summary>A relative path as a URI reference: each segment percent-encoded, '/' kept.</summary>
    public static string UriOf(string relativePath) =>
        string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString));

    private static void WriteRule(Utf8JsonWriter json, Rule rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Name);
        json.WriteString("name", Pascal(rule.Name));
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Help);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", $"{rule.Code} {rule.Name}: {rule.Help}");
        json.WriteEndObject();
        json.WriteStartObject("help");
        json.WriteString("text", $"{rule.Help} Change its severity in pipeline.json under \"rules\": {{ \"{rule.Name}\": \"off\" }}.");
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("code", rule.Code);
        json.WriteString("area", rule.Area.ToString());
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary><c>unchanged</c> when the baseline still has a result of this fingerprint to match, else <c>new</c>; null without a baseline.</summary>
    private static string? BaselineState(Dictionary<string, int>? baseline, Diagnostic d)
    {
        if (baseline is null) return null;
        var key = SarifBaseline.Key(d.Rule.Name, Suppressions.FindingFingerprint.Of(d));
        if (baseline.GetValueOrDefault(key) <= 0) return "new";
        baseline[key]--;
        return "unchanged";
    }

    private static void WriteAbsent(Utf8JsonWriter json, SarifBaseline.Result gone, Dictionary<Rule, int> index)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", gone.Rule);
        if (Rules.Find(gone.Rule) is { } rule && index.TryGetValue(rule, out var i)) json.WriteNumber("ruleIndex", i);
        json.WriteString("level", "none");
        json.WriteStartObject("message");
        json.WriteString("text", gone.Message.Length > 0 ? gone.Message : "A finding of the baseline that is gone.");
        json.WriteEndObject();
        if (gone.File.Length > 0)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", UriOf(gone.File));
            json.WriteString("uriBaseId", "%SRCROOT%");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintName, gone.Fingerprint);
        json.WriteEndObject();
        json.WriteString("baselineState", "absent");
        json.WriteEndObject();
    }

    /// <summary>The name of the fingerprint in <c>partialFingerprints</c>; its version changes if the way it is computed does.</summary>
    public const string FingerprintName = "reviewI18n/v1";

    private static void WriteResult(Utf8JsonWriter json, Diagnostic d, int ruleIndex, bool suppressed, string? baselineState)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.Rule.Name);
        if (ruleIndex >= 0) json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(d.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", d.Suggestion is { } s ? $"{d.Message} Suggestion: {s}" : d.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", UriOf(d.File));
        json.WriteString("uriBaseId", "%SRCROOT%");
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", d.Line);
        json.WriteNumber("startColumn", d.Column);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintName, Suppressions.FindingFingerprint.Of(d));
        json.WriteEndObject();
        if (suppressed)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "external");
            json.WriteEndObject();
            json.WriteEndArray();
        }
        if (baselineState is not null) json.WriteString("baselineState", baselineState);
        json.WriteStartObject("properties");
        if (d.Collection is { } c) json.WriteString("collection", c);
        if (d.Ref is { } r) json.WriteString("ref", r);
        if (d.Locale is { } l) json.WriteString("locale", l);
        if (d.Section is { } section) json.WriteString("section", section);
        if (d.Heading is { } heading) json.WriteString("heading", heading);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Pascal(string name) =>
        string.Concat(name.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));

    private static string Version =>
        (typeof(SarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
