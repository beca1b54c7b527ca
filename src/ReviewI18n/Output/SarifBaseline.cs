using System.Text.Json;
using ReviewI18n.Configuration;
using ReviewI18n.Suppressions;

namespace ReviewI18n.Output;

/// <summary>What <c>baselineState</c> is computed against in a SARIF log: the findings of a previous run.</summary>
public sealed record SarifExtras(IReadOnlyList<ReviewI18n.Diagnostics.Diagnostic> Suppressed, SarifBaseline? Baseline)
{
    public static SarifExtras None { get; } = new([], null);
}

/// <summary>
/// The findings of an earlier run, by rule and fingerprint: read from a SARIF log this tool wrote
/// (its <c>partialFingerprints</c>) or from a suppressions file.
/// </summary>
public sealed class SarifBaseline
{
    public sealed record Result(string Rule, string Fingerprint, string File, string Message)
    {
        public string Key => SarifBaseline.Key(Rule, Fingerprint);
    }

    public required IReadOnlyList<Result> Results { get; init; }

    /// <summary>How many results of each key the baseline has.</summary>
    public IReadOnlyDictionary<string, int> Counts => Results.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    public static string Key(string rule, string fingerprint) => rule + "\n" + fingerprint;

    /// <summary>Reads a SARIF log or a suppressions file; anything else is a configuration error naming the file.</summary>
    public static SarifBaseline Load(string path, string shownPath)
    {
        if (!File.Exists(path)) throw new ConfigurationException(shownPath, "the baseline file does not exist");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new ConfigurationException(shownPath, $"the baseline is not valid JSON: {ex.Message}", ex.LineNumber is { } l ? (int)l + 1 : null);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("suppressions", out _))
            {
                return new SarifBaseline { Results = SuppressionFile.Load(path, shownPath).SelectMany(s => Enumerable.Repeat(new Result(s.Rule, s.Fingerprint, s.File, s.Message), s.Count)).ToList() };
            }
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
            {
                throw new ConfigurationException(shownPath, "the baseline is neither a SARIF log nor a suppressions file");
            }
            var results = new List<Result>();
            foreach (var run in runs.EnumerateArray())
            {
                if (!run.TryGetProperty("results", out var list) || list.ValueKind != JsonValueKind.Array) continue;
                foreach (var r in list.EnumerateArray())
                {
                    if (r.TryGetProperty("baselineState", out var state) && state.GetString() == "absent") continue;
                    if (!r.TryGetProperty("ruleId", out var rule) || !r.TryGetProperty("partialFingerprints", out var prints)
                        || !prints.TryGetProperty(SarifWriter.FingerprintName, out var print)) continue;
                    var file = r.TryGetProperty("locations", out var locations) && locations.ValueKind == JsonValueKind.Array && locations.GetArrayLength() > 0
                        && locations[0].TryGetProperty("physicalLocation", out var physical) && physical.TryGetProperty("artifactLocation", out var artifact)
                        && artifact.TryGetProperty("uri", out var uri) ? Uri.UnescapeDataString(uri.GetString() ?? "") : "";
                    var message = r.TryGetProperty("message", out var m) && m.TryGetProperty("text", out var text) ? text.GetString() ?? "" : "";
                    results.Add(new Result(rule.GetString() ?? "", print.GetString() ?? "", file, message));
                }
            }
            return new SarifBaseline { Results = results };
        }
    }
}
