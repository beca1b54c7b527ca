using System.Diagnostics;
using System.Text.Json;
using ReviewI18n.Cli;

namespace ReviewI18n.Accuracy.Sections;

/// <summary>Runs <c>check --format json</c> in-process on a site folder and reads the findings back.</summary>
public static class CheckRun
{
    public static async Task<(IReadOnlyList<Finding> Findings, TimeSpan Elapsed)> RunAsync(string siteFolder, string[]? extraArgs = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, siteFolder, false, new Dictionary<string, string?>());
        var started = Stopwatch.GetTimestamp();
        var exit = await CliApp.RunAsync(["check", "--format", "json", .. extraArgs ?? []], console);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (exit is not (0 or 1)) throw new InvalidOperationException($"check exited {exit}: {error}");
        using var json = JsonDocument.Parse(output.ToString());
        var findings = new List<Finding>();
        foreach (var d in json.RootElement.GetProperty("diagnostics").EnumerateArray())
        {
            findings.Add(new Finding(
                d.GetProperty("rule").GetString()!,
                d.GetProperty("severity").GetString()!,
                d.GetProperty("file").GetString()!,
                d.GetProperty("line").GetInt32(),
                d.TryGetProperty("section", out var s) ? s.GetString() : null,
                d.TryGetProperty("data", out var data) && data.TryGetProperty("fact", out var f) ? f.GetString() : null,
                d.GetProperty("message").GetString()!));
        }
        return (findings, elapsed);
    }
}
