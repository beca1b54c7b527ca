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

    public static void Write(Stream output, IReadOnlyList<Diagnostic> diagnostics)
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
        foreach (var d in diagnostics) WriteResult(json, d, index.GetValueOrDefault(d.Rule, -1));
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

    private static void WriteResult(Utf8JsonWriter json, Diagnostic d, int ruleIndex)
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
        json.WriteStartObject("properties");
        if (d.Collection is { } c) json.WriteString("collection", c);
        if (d.Ref is { } r) json.WriteString("ref", r);
        if (d.Locale is { } l) json.WriteString("locale", l);
        if (d.Section is { } section) json.WriteString("section", section);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Pascal(string name) =>
        string.Concat(name.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));

    private static string Version =>
        (typeof(SarifWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
