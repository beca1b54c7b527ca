using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests;

/// <summary>
/// Runs every golden case under <c>Specs/</c>: writes the input tree, runs the command in-process
/// and compares the findings (rule, file, line, column) with the expected list, exactly, and the
/// exit code with the one given or, for a command that prints findings, the one they call for.
/// </summary>
public sealed class SpecTests
{
    public static IEnumerable<object[]> Cases() => SpecCase.Ids();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Spec(string id)
    {
        var spec = SpecCase.Load(id);
        using var site = new TempSite(Overlay(TempSite.DefaultConfig, spec.ConfigOverlay));
        foreach (var (path, text) in spec.Base) site.Write(path, UnescapeBytes(text));
        if (spec.History.Count > 0) site.Git("init", "-q", "-b", "main");
        for (var i = 0; i < spec.History.Count; i++)
        {
            foreach (var (path, text) in spec.History[i]) site.Write(path, UnescapeBytes(text));
            site.Git("add", "-A");
            site.Git("commit", "-q", "-m", $"history {i + 1}");
        }
        foreach (var (path, text) in spec.Inputs) site.Write(path, UnescapeBytes(text));

        var result = await site.RunAsync([.. spec.Args]);

        Assert.True(result.ExitCode is 0 or 1, $"{spec}: unexpected exit\n{result}");
        if (spec.ExpectedExit is { } exit) Assert.True(exit == result.ExitCode, $"{spec}: expected exit {exit}\n{result}");
        // A command that prints no findings to compare says its exit.
        Assert.True(spec.ExpectedExit is not null || spec.Args.Contains("json"), $"{spec}: a case whose command does not print JSON gives exit:\n{result}");
        // A case that lists findings must be able to compare them: its command prints JSON.
        Assert.True(spec.ExpectedDiagnostics.Count == 0 || spec.Args.Contains("json"), $"{spec}: lists diagnostics but its command does not print JSON");
        if (spec.Args.Contains("json"))
        {
            using var json = result.Json();
            var actual = json.RootElement.GetProperty("diagnostics").EnumerateArray()
                .Select(d => $"{d.GetProperty("rule").GetString()} {d.GetProperty("file").GetString()}:{d.GetProperty("line").GetInt32()}:{d.GetProperty("column").GetInt32()}")
                .Order(StringComparer.Ordinal)
                .ToList();
            var expected = spec.ExpectedDiagnostics.Order(StringComparer.Ordinal).ToList();
            Assert.True(expected.SequenceEqual(actual),
                $"{spec}\nexpected:\n  {string.Join("\n  ", expected)}\nactual:\n  {string.Join("\n  ", actual)}\n{result}");
            // Without exit:, the exit follows the findings: 1 exactly when one is an error (the default --fail-on).
            if (spec.ExpectedExit is null && !spec.Args.Contains("--fail-on"))
            {
                var errors = json.RootElement.GetProperty("diagnostics").EnumerateArray().Any(d => d.GetProperty("severity").GetString() == "error");
                Assert.True(result.ExitCode == (errors ? 1 : 0), $"{spec}: exit {result.ExitCode} with{(errors ? "" : "out")} an error among the findings\n{result}");
            }
        }
        foreach (var (path, text) in spec.ExpectedFiles)
        {
            // Bytes, not text: a byte order mark or a line ending that changed must fail the case.
            var expected = UnescapeBytes(text);
            var actual = File.ReadAllBytes(site.PathOf(path));
            Assert.True(expected.AsSpan().SequenceEqual(actual),
                $"{spec}: {path}\nexpected:\n{System.Text.Encoding.UTF8.GetString(expected)}\nactual:\n{System.Text.Encoding.UTF8.GetString(actual)}\n{result}");
        }
    }

    /// <summary>
    /// Characters a YAML block cannot show plainly are written as escapes in spec files:
    /// <c>{CR}</c> for a carriage return, <c>{BOM}</c> for U+FEFF, <c>{U+XXXX}</c> for any code point.
    /// </summary>
    internal static string Unescape(string text)
    {
        var s = text.Replace("{CR}", "\r", StringComparison.Ordinal).Replace("{BOM}", "\uFEFF", StringComparison.Ordinal);
        return System.Text.RegularExpressions.Regex.Replace(s, @"\{U\+([0-9A-Fa-f]{4,6})\}",
            m => char.ConvertFromUtf32(Convert.ToInt32(m.Groups[1].Value, 16)));
    }

    /// <summary>Like <see cref="Unescape"/>, plus <c>{0xHH}</c> for a raw byte (invalid UTF-8 input).</summary>
    internal static byte[] UnescapeBytes(string text)
    {
        var bytes = new List<byte>();
        foreach (var part in System.Text.RegularExpressions.Regex.Split(text, @"(\{0x[0-9A-Fa-f]{2}\})"))
        {
            if (part.StartsWith("{0x", StringComparison.Ordinal) && part.Length == 6) bytes.Add(Convert.ToByte(part[3..5], 16));
            else bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(Unescape(part)));
        }
        return [.. bytes];
    }

    /// <summary>Merges a JSON overlay (objects merge, everything else replaces) onto the default config.</summary>
    internal static string Overlay(string config, string? overlay)
    {
        if (overlay is null) return config;
        var baseNode = JsonNode.Parse(config)!.AsObject();
        Merge(baseNode, JsonNode.Parse(overlay)!.AsObject());
        return baseNode.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static void Merge(JsonObject target, JsonObject overlay)
    {
        foreach (var (key, value) in overlay.ToList())
        {
            if (value is JsonObject o && target[key] is JsonObject t) Merge(t, o);
            else target[key] = value?.DeepClone();
        }
    }
}
