using System.Text.Json;
using ReviewI18n.Diagnostics;

namespace ReviewI18n.Output;

/// <summary>
/// Findings as a GitLab Code Quality report (<c>check --format gitlab</c>): a JSON array that
/// GitLab reads from a job's <c>artifacts:reports:codequality</c> into merge-request widgets. Each
/// issue has <c>description</c>, <c>check_name</c>, <c>fingerprint</c> (stable across moved lines:
/// the finding's fingerprint with its occurrence, since GitLab wants one per issue), <c>severity</c>
/// (error is major, warning minor, info info) and <c>location.path</c> with <c>lines.begin</c>.
/// </summary>
public static class GitLabCodeQualityWriter
{
    public static void Write(Stream output, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var json = new Utf8JsonWriter(output, JsonOutput.Writer);
        json.WriteStartArray();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in diagnostics)
        {
            var print = Suppressions.FindingFingerprint.Of(d);
            var occurrence = seen[print] = seen.GetValueOrDefault(print) + 1;
            json.WriteStartObject();
            json.WriteString("type", "issue");
            json.WriteString("description", d.Suggestion is { } s ? $"{d.Message} Suggestion: {s}" : d.Message);
            json.WriteString("check_name", d.Rule.Name);
            json.WriteString("fingerprint", occurrence == 1 ? print : $"{print}-{occurrence}");
            json.WriteString("severity", d.Severity switch { Severity.Error => "major", Severity.Warning => "minor", _ => "info" });
            json.WriteStartArray("categories");
            json.WriteStringValue(d.Rule.Area == RuleArea.Encoding ? "Bug Risk" : "Style");
            json.WriteEndArray();
            json.WriteStartObject("location");
            json.WriteString("path", d.File);
            json.WriteStartObject("lines");
            json.WriteNumber("begin", d.Line);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
