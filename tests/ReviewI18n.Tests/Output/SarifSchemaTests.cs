using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Output;

/// <summary>
/// <c>check --format sarif</c> validates against the OASIS SARIF 2.1.0 schema (rtm.5, shipped in
/// <c>Output/Schemas/</c>, see its README), for the bundled sample site and for names and messages
/// built to break escaping; and the schema, through the validator, rejects hand-made broken logs
/// at the place they break it.
/// </summary>
public sealed class SarifSchemaTests
{
    private static readonly SchemaCheck Sarif =
        SchemaCheck.Load(Path.Combine(AppContext.BaseDirectory, "Output", "Schemas", "sarif-2.1.0-rtm.5.json"));

    [Fact]
    public async Task The_sample_site_s_SARIF_is_valid()
    {
        var result = await CliRunner.RunAsync(Repository.Root, ["check", "--format", "sarif"]);

        using var json = result.Json();
        AssertValid(json.RootElement);
        Assert.NotEmpty(json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
    }

    [Fact]
    public async Task SARIF_with_hostile_file_names_and_messages_is_valid()
    {
        string[] files =
        [
            "content/en/products/a/50% off \"deal\".md",
            "content/en/products/a/ünïcödé ファイル #1?.md",
            "content/ja/products/a/tab\tand 'quote'.md",
        ];
        using var site = new TempSite()
            .Write(files[0], TempSite.Review("ref: \"<script>alert(\\\"x\\\")</script>\"\nlang: en"))
            .Write(files[1], TempSite.Review("ref: ünïcödé\nlang: en", "## \"Quoted\" <script>alert(1)</script>\n\nA\u0001B\u001B[31m red \u202Egnp.exe\u2028end\n"))
            .Write(files[2], TempSite.Review("ref: 'it''s \"here\"'\nlang: ja", "## 概要\n\n\u0007鳴る\u0000\r\n混在\n"));
        var result = await site.RunAsync("check", "--format", "sarif");

        using var json = result.Json();
        AssertValid(json.RootElement);
        var results = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var uris = results.Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!).ToList();
        // JsonSchema.Net reads the uri-reference format leniently (a space passes): RFC 3986's characters are asserted here.
        Assert.All(uris, uri => Assert.Matches("^(?:[A-Za-z0-9._~!$&'()*+,;=:@/-]|%[0-9A-F]{2})+$", uri));
        var reported = uris.Select(Uri.UnescapeDataString);
        Assert.Equal(files.Order(StringComparer.Ordinal), reported.Distinct().Order(StringComparer.Ordinal));
        var messages = results.Select(r => r.GetProperty("message").GetProperty("text").GetString()!).ToList();
        Assert.Contains(messages, m => m.Contains("<script>", StringComparison.Ordinal) && m.Contains('"', StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Any(char.IsControl));
    }

    [Fact]
    public async Task SARIF_with_suppressed_results_a_baseline_and_absent_results_is_valid()
    {
        using var site = new TempSite()
            .Write("content/en/products/a/one.md", TempSite.Review("ref: one\nlang: en", "## Overview\n\nA caf\u00C3\u00A9 and a \uFFFD.\n"))
            .Write("content/ja/products/a/one.md", TempSite.Review("ref: one\nlang: ja", "## 概要\n\n本文。\n"));
        await site.RunAsync("check", "--suppress-all");
        site.Write("content/en/products/a/one.md", TempSite.Review("ref: one\nlang: en", "## Overview\n\nA caf\u00C3\u00A9 and a\u200B.\n"));

        var result = await site.RunAsync("check", "--format", "sarif", "--sarif-baseline", ".review-i18n/suppressions.json");

        using var json = result.Json();
        AssertValid(json.RootElement);
        var states = json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("baselineState").GetString()).ToHashSet();
        Assert.Equal(["absent", "new", "unchanged"], states.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_hand_made_log_the_broken_ones_start_from_is_valid() => Assert.Empty(Sarif.Validate(ValidLog));

    /// <summary>Each case sets (or, with a null value, removes) one property of <see cref="ValidLog"/>.</summary>
    [Theory]
    [InlineData("version", null, "", "required")]
    [InlineData("version", "\"2.0.0\"", "/version", "enum")]
    [InlineData("$schema", "42", "/$schema", "type")]
    [InlineData("$schema", "\"sarif 2.1.0\"", "/$schema", "format")]
    [InlineData("runs", "{}", "/runs", "type")]
    [InlineData("runs/0/tool", null, "/runs/0", "required")]
    [InlineData("runs/0/columnKind", "\"bytes\"", "/runs/0/columnKind", "enum")]
    [InlineData("runs/0/tool/driver/version", "2", "/runs/0/tool/driver/version", "type")]
    [InlineData("runs/0/tool/driver/informationUri", "\"review-i18n\"", "/runs/0/tool/driver/informationUri", "format")]
    [InlineData("runs/0/tool/driver/dottedQuadFileVersion", "\"1.2.3\"", "/runs/0/tool/driver/dottedQuadFileVersion", "pattern")]
    [InlineData("runs/0/tool/driver/rules/0/defaultConfiguration/rank", "101", "/runs/0/tool/driver/rules/0/defaultConfiguration/rank", "maximum")]
    [InlineData("runs/0/tool/driver/rules", """[{"id":"x"},{"id":"x"}]""", "/runs/0/tool/driver/rules", "uniqueItems")]
    [InlineData("runs/0/invocations", """[{"executionSuccessful":true,"startTimeUtc":"yesterday"}]""", "/runs/0/invocations/0/startTimeUtc", "format")]
    [InlineData("runs/0/results/0/level", "\"fatal\"", "/runs/0/results/0/level", "enum")]
    [InlineData("runs/0/results/0/ruleIndex", "-2", "/runs/0/results/0/ruleIndex", "minimum")]
    [InlineData("runs/0/results/0/severity", "\"high\"", "/runs/0/results/0/severity", "additionalProperties")]
    [InlineData("runs/0/results/0/message", "{}", "/runs/0/results/0/message", "anyOf")]
    [InlineData("runs/0/results/0/locations/0/physicalLocation", """{"region":{"startLine":1}}""", "/runs/0/results/0/locations/0/physicalLocation", "anyOf")]
    [InlineData("runs/0/results/0/locations/0/physicalLocation/region/startLine", "-3", "/runs/0/results/0/locations/0/physicalLocation/region/startLine", "minimum")]
    [InlineData("runs/0/results/0/locations/0/physicalLocation/region/startLine", "0", "/runs/0/results/0/locations/0/physicalLocation/region/startLine", "minimum")]
    [InlineData("runs/0/results/0/locations/0/physicalLocation/region/startColumn", "1.5", "/runs/0/results/0/locations/0/physicalLocation/region/startColumn", "type")]
    public void The_schema_rejects_a_broken_log_where_it_breaks(string property, string? value, string path, string keyword)
    {
        var errors = Sarif.Validate(Change(ValidLog, property, value));

        // An anyOf or oneOf that fails is one error at its value, not one per branch.
        Assert.Contains((path, keyword), errors.Select(e => (e.Path, e.Keyword)));
        Assert.All(errors, e => Assert.True(e.Path == path || e.Path.StartsWith(path + "/", StringComparison.Ordinal), $"{e} is not at {path}"));
    }

    private const string ValidLog = """
        {
          "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
          "version": "2.1.0",
          "runs": [{
            "tool": { "driver": {
              "name": "review-i18n", "version": "1.0.0", "informationUri": "https://github.com/review-i18n/review-i18n",
              "rules": [{ "id": "ref-mismatch", "shortDescription": { "text": "File name and ref disagree." }, "defaultConfiguration": { "level": "error" } }]
            } },
            "columnKind": "utf16CodeUnits",
            "results": [{
              "ruleId": "ref-mismatch", "ruleIndex": 0, "level": "error", "message": { "text": "File name 'a', ref 'b'." },
              "locations": [{ "physicalLocation": {
                "artifactLocation": { "uri": "content/en/a.md", "uriBaseId": "%SRCROOT%" },
                "region": { "startLine": 5, "startColumn": 1 }
              } }]
            }]
          }]
        }
        """;

    private static string Change(string json, string property, string? value)
    {
        var root = JsonNode.Parse(json)!;
        var steps = property.Split('/');
        var parent = steps[..^1].Aggregate(root, (node, step) => int.TryParse(step, out var i) ? node[i]! : node[step]!);
        if (value is null) parent.AsObject().Remove(steps[^1]);
        else parent[steps[^1]] = JsonNode.Parse(value);
        return root.ToJsonString();
    }

    private static void AssertValid(JsonElement log)
    {
        var errors = Sarif.Validate(log);
        Assert.True(errors.Count == 0, $"{errors.Count} schema errors:\n{string.Join('\n', errors.Take(20))}");
    }
}
