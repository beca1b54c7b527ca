using System.Text.Json;
using ReviewI18n.Diagnostics;

namespace ReviewI18n.Output;

/// <summary>
/// The JSON contract of <c>check</c> (DESIGN.md, schemaVersion 1): extend, never break.
/// Extensions beyond the contract: <c>code</c> per finding, <c>data</c> with rule details,
/// <c>infos</c> in the summary.
/// </summary>
public static class JsonDiagnosticWriter
{
    public const int SchemaVersion = 1;

    public static void Write(Stream output, IReadOnlyList<Diagnostic> diagnostics, DiagnosticSummary summary)
    {
        using var json = new Utf8JsonWriter(output, JsonOutput.Writer);
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteStartArray("diagnostics");
        foreach (var d in diagnostics) WriteDiagnostic(json, d);
        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("documents", summary.Documents);
        json.WriteNumber("pairs", summary.Pairs);
        json.WriteNumber("errors", summary.Errors);
        json.WriteNumber("warnings", summary.Warnings);
        json.WriteNumber("infos", summary.Infos);
        json.WriteNumber("suppressed", summary.Suppressed);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("rule", d.Rule.Name);
        json.WriteString("code", d.Rule.Code);
        json.WriteString("severity", d.Severity.ToName());
        WriteOptional(json, "collection", d.Collection);
        WriteOptional(json, "ref", d.Ref);
        WriteOptional(json, "locale", d.Locale);
        json.WriteString("file", d.File);
        json.WriteNumber("line", d.Line);
        json.WriteNumber("column", d.Column);
        WriteOptional(json, "section", d.Section);
        WriteOptional(json, "heading", d.Heading);
        json.WriteString("message", d.Message);
        WriteOptional(json, "suggestion", d.Suggestion);
        if (d.Data is { Count: > 0 } data)
        {
            json.WriteStartObject("data");
            foreach (var (k, v) in data.OrderBy(p => p.Key, StringComparer.Ordinal)) json.WriteString(k, v);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }
}
