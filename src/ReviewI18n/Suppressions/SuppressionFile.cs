using System.Text.Json;
using ReviewI18n.Configuration;
using ReviewI18n.Diagnostics;
using ReviewI18n.IO;

namespace ReviewI18n.Suppressions;

/// <summary>
/// The suppressions file (pipeline.json <c>suppressions</c>, default
/// <c>.review-i18n/suppressions.json</c>): findings a site has accepted for now, so CI fails only
/// on new ones, in the manner of ESLint's bulk suppressions and detekt's baseline. One entry per
/// fingerprint, sorted by file, rule, section and fingerprint, one line per entry field: a
/// reviewer sees in the diff which findings were accepted or fixed.
/// <code>
/// { "version": 1, "suppressions": [ { "rule": "mojibake", "file": "_products/en/a/b.md",
///   "section": "overview", "fingerprint": "3f2a...", "count": 1, "message": "..." } ] }
/// </code>
/// </summary>
public static class SuppressionFile
{
    public const string DefaultPath = ".review-i18n/suppressions.json";

    /// <summary>The entries of the file; none when it does not exist. A file that does not parse, or an entry without a rule, fingerprint or count, is a configuration error naming the file and line.</summary>
    public static IReadOnlyList<Suppression> Load(string path, string shownPath)
    {
        if (!System.IO.File.Exists(path)) return [];
        var bytes = System.IO.File.ReadAllBytes(path);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("suppressions", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new ConfigurationException(shownPath, "the suppressions file must be an object with a \"suppressions\" array", 1);
            }
            var entries = new List<Suppression>();
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                index++;
                if (item.ValueKind != JsonValueKind.Object
                    || Text(item, "rule") is not { } rule || Text(item, "fingerprint") is not { } fingerprint
                    || !item.TryGetProperty("count", out var count) || !count.TryGetInt32(out var n) || n < 1)
                {
                    throw new ConfigurationException(shownPath, $"suppression {index} needs \"rule\", \"fingerprint\" and a positive \"count\"", LineOf(bytes, fingerprint: null, index));
                }
                if (Rules.Find(rule) is null) throw new ConfigurationException(shownPath, $"suppression {index}: unknown rule '{rule}'", LineOf(bytes, fingerprint, index));
                entries.Add(new Suppression(rule, Text(item, "file") ?? "", Text(item, "section"), fingerprint, n, Text(item, "message") ?? ""));
            }
            return entries;
        }
        catch (JsonException ex)
        {
            throw new ConfigurationException(shownPath, $"the suppressions file is not valid JSON: {ex.Message}", ex.LineNumber is { } line ? (int)line + 1 : null);
        }
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>The line of an entry: where its fingerprint is written, else the line of its opening brace.</summary>
    private static int? LineOf(byte[] bytes, string? fingerprint, int index)
    {
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        if (fingerprint is not null && text.IndexOf($"\"{fingerprint}\"", StringComparison.Ordinal) is var at and >= 0) return LineAt(text, at);
        var list = text.IndexOf("\"suppressions\"", StringComparison.Ordinal);
        var depth = 0;
        var seen = 0;
        for (var i = list < 0 ? 0 : list; i < text.Length; i++)
        {
            if (text[i] == '{' && depth == 0 && ++seen == index) return LineAt(text, i);
            if (text[i] is '{' or '[') depth++;
            if (text[i] is '}' or ']') depth--;
            if (depth < 0) depth = 0;
        }
        return null;
    }

    private static int LineAt(string text, int offset) => text.AsSpan(0, offset).Count('\n') + 1;

    /// <summary>Entries for findings: one per fingerprint, counted, sorted.</summary>
    public static List<Suppression> For(IEnumerable<Diagnostic> findings) =>
        findings.GroupBy(d => (d.Rule.Name, Fingerprint: FindingFingerprint.Of(d)))
            .Select(g => { var first = g.OrderBy(d => d, Diagnostic.Order).First(); return new Suppression(g.Key.Name, first.File, first.Section, g.Key.Fingerprint, g.Count(), first.Message); })
            .OrderBy(s => s.File, StringComparer.Ordinal).ThenBy(s => s.Rule, StringComparer.Ordinal)
            .ThenBy(s => s.Section, StringComparer.Ordinal).ThenBy(s => s.Fingerprint, StringComparer.Ordinal)
            .ToList();

    /// <summary>Writes the entries atomically, sorted, one field per line.</summary>
    public static void Save(string path, IEnumerable<Suppression> entries)
    {
        var sorted = entries.OrderBy(s => s.File, StringComparer.Ordinal).ThenBy(s => s.Rule, StringComparer.Ordinal)
            .ThenBy(s => s.Section, StringComparer.Ordinal).ThenBy(s => s.Fingerprint, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("suppressions");
            foreach (var s in sorted)
            {
                json.WriteStartObject();
                json.WriteString("rule", s.Rule);
                json.WriteString("file", s.File);
                if (s.Section is { } section) json.WriteString("section", section);
                json.WriteString("fingerprint", s.Fingerprint);
                json.WriteNumber("count", s.Count);
                json.WriteString("message", s.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        AtomicFile.WriteAllBytes(path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }
}
