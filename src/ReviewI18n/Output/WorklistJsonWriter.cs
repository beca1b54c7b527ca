using ReviewI18n.Diagnostics;
using System.Text.Json;
using ReviewI18n.Reports;

namespace ReviewI18n.Output;

/// <summary>
/// The worklist as JSON (schemaVersion 1): reviews most urgent first, each with its items; every
/// item carries the finding it comes from in the same shape as <c>check --format json</c>.
/// </summary>
public static class WorklistJsonWriter
{
    public const int SchemaVersion = 1;

    public static void Write(Stream output, Worklist list)
    {
        using var json = new Utf8JsonWriter(output, JsonOutput.Writer);
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("locale", list.Locale);
        json.WriteString("sourceLocale", list.SourceLocale);
        json.WriteStartObject("summary");
        json.WriteNumber("reviews", list.Reviews.Count);
        foreach (var kind in Enum.GetValues<WorkKind>()) json.WriteNumber(kind.ToName(), list.Count(kind));
        WriteSize(json, list.Size);
        json.WriteEndObject();
        json.WriteStartArray("reviews");
        foreach (var review in list.Reviews)
        {
            json.WriteStartObject();
            json.WriteString("collection", review.Collection);
            json.WriteString("ref", review.Ref);
            json.WriteString("company", review.Company);
            json.WriteString("title", review.Title);
            if (review.Date is { } date) json.WriteString("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            if (review.SourceFile is { } source) json.WriteString("sourceFile", source);
            json.WriteString("translationFile", review.TranslationFile);
            json.WriteString("urgency", review.Urgency.ToName());
            WriteSize(json, review.Size);
            json.WriteStartArray("items");
            foreach (var item in review.Items)
            {
                json.WriteStartObject();
                json.WriteString("kind", item.Kind.ToName());
                json.WriteString("file", item.File);
                json.WriteNumber("line", item.Line);
                json.WriteNumber("column", item.Column);
                if (item.Section is { } section) json.WriteString("section", section);
                if (item.Heading is { } heading) json.WriteString("heading", heading);
                if (item.Diff is { } diff) json.WriteString("diff", diff);
                if (!item.Size.IsEmpty) WriteSize(json, item.Size);
                json.WritePropertyName("finding");
                JsonDiagnosticWriter.WriteDiagnostic(json, item.Finding);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSize(Utf8JsonWriter json, JobSize size)
    {
        json.WriteStartObject("size");
        json.WriteNumber("words", size.Words);
        json.WriteNumber("characters", size.Characters);
        json.WriteString("text", size.Humanize());
        json.WriteEndObject();
    }
}
