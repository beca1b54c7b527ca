using System.Text.Json;
using ReviewI18n.Reports;

namespace ReviewI18n.Output;

/// <summary>
/// The JSON contract of <c>report</c> (DESIGN.md, schemaVersion 1): extend, never break.
/// Extensions: <c>factMismatches</c> and <c>encodingFindings</c> per entry, <c>companies</c> per
/// locale (the ones with the most pending sections), <c>totals</c> over all target locales and
/// <c>sourceEncodingFindings</c>; with <c>--history</c>, <c>history</c>: per sampled commit (oldest first) its time and each locale's totals. <c>coverage</c> is rounded to four decimals.
/// </summary>
public static class CoverageJsonWriter
{
    public const int SchemaVersion = 1;

    public static void Write(Stream output, CoverageReport report)
    {
        using var json = new Utf8JsonWriter(output, JsonOutput.Writer);
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("sourceLocale", report.SourceLocale);
        json.WriteStartArray("locales");
        foreach (var locale in report.Locales)
        {
            json.WriteStartObject();
            json.WriteString("locale", locale.Locale);
            WriteTally(json, locale.Total);
            json.WriteStartArray("collections");
            foreach (var c in locale.Collections) WriteNamed(json, c);
            json.WriteEndArray();
            json.WriteStartArray("companies");
            foreach (var c in locale.Companies) WriteNamed(json, c);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartObject("totals");
        WriteTally(json, report.Totals);
        json.WriteEndObject();
        json.WriteNumber("sourceEncodingFindings", report.SourceEncodingFindings);
        if (report.History.Count > 0)
        {
            json.WriteStartArray("history");
            foreach (var point in report.History)
            {
                json.WriteStartObject();
                json.WriteString("commit", point.Commit);
                json.WriteString("time", point.Time);
                json.WriteStartArray("locales");
                foreach (var locale in point.Report.Locales)
                {
                    json.WriteStartObject();
                    json.WriteString("locale", locale.Locale);
                    WriteTally(json, locale.Total);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteNamed(Utf8JsonWriter json, NamedTally named)
    {
        json.WriteStartObject();
        json.WriteString("name", named.Name);
        WriteTally(json, named.Tally);
        json.WriteEndObject();
    }

    private static void WriteTally(Utf8JsonWriter json, CoverageTally t)
    {
        json.WriteStartObject("documents");
        json.WriteNumber("source", t.SourceDocuments);
        json.WriteNumber("translated", t.TranslatedDocuments);
        json.WriteNumber("missing", t.MissingDocuments);
        json.WriteNumber("orphans", t.Orphans);
        json.WriteEndObject();
        json.WriteStartObject("sections");
        json.WriteNumber("source", t.SourceSections);
        json.WriteNumber("current", t.CurrentSections);
        json.WriteNumber("stale", t.StaleSections);
        json.WriteNumber("untranslated", t.UntranslatedSections);
        json.WriteNumber("missing", t.MissingSections);
        json.WriteEndObject();
        json.WriteNumber("coverage", Math.Round(t.Coverage, 4));
        json.WriteNumber("factMismatches", t.FactMismatches);
        json.WriteNumber("encodingFindings", t.EncodingFindings);
    }
}
