using System.Text;
using System.Text.Json;
using ReviewI18n.Diagnostics;
using ReviewI18n.Output;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Reliability;

/// <summary>
/// Content cannot break the machine formats or take over the terminal: JSON stays valid whatever
/// a review holds, and every text output (check, sync's diff, fix-encoding's diff and notes)
/// carries no escape sequence and no bidirectional control from the content.
/// </summary>
public sealed class OutputSafetyTests
{
    // An escape sequence that would recolour the terminal, a title-setting OSC, a bell, a bidi
    // override, a line separator, quotes and backslashes: in a field, a heading and the body.
    private const string Hostile = "q\"uo'te \\ \u001b[2J\u001b]0;owned\u0007 \u202Eevil\u202C \u2028 \u0085 end";

    private static TempSite HostileSite() => new TempSite()
        .Write("content/en/products/a/a.md", $"---\nref: a\ndate: \"{Hostile.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"\ntitle: x\n---\n## Overview {Hostile}\n\n{Hostile}\n")
        .Write("content/ja/products/a/a.md", $"---\nref: a\ndate: 2024-01-01\ntitle: x\n---\n## 概要 {Hostile}\n\nか\u3099 {Hostile}\n")
        .Write("content/en/products/b/b.md", [.. Encoding.UTF8.GetBytes($"---\nref: b\n---\n## Overview\n\n{Hostile} "), 0xED, 0xA0, 0x80, .. "\n"u8]);

    [Fact]
    public async Task Json_output_parses_and_keeps_the_content_whatever_it_holds()
    {
        using var site = HostileSite();
        var result = await site.RunAsync("check", "--format", "json");
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        using var json = JsonDocument.Parse(result.Out);
        Assert.NotEmpty(json.RootElement.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public void Json_writer_keeps_valid_json_for_lone_surrogates_and_separators()
    {
        var diagnostic = new Diagnostic
        {
            Rule = Rules.Mojibake,
            Severity = Severity.Error,
            File = "content/en/a\"b.md",
            Message = "half a pair \uD83D and \uDE00 alone, \u2028 \u0000 \u001b[31m \"q\" \\",
            Suggestion = "\uDBFF",
            Data = new Dictionary<string, string> { ["k\uD800"] = "v\u2029" },
        };
        using var stream = new MemoryStream();
        JsonDiagnosticWriter.Write(stream, [diagnostic], new DiagnosticSummary(1, 0, 1, 0, 0));
        var text = Encoding.UTF8.GetString(stream.ToArray());
        using var json = JsonDocument.Parse(text);
        var written = json.RootElement.GetProperty("diagnostics")[0];
        Assert.StartsWith("half a pair ", written.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("content/en/a\"b.md", written.GetProperty("file").GetString());
        // JSON text may hold U+2028 raw, but a script embedding it must not: it is escaped.
        Assert.DoesNotContain('\u2028', text);
    }

    public static TheoryData<string[]> TextOutputs() => new()
    {
        { new[] { "check", "--format", "text" } },
        { new[] { "sync" } },
        { new[] { "sync", "--write" } },
        { new[] { "fix-encoding" } },
        { new[] { "fix-encoding", "--check" } },
    };

    [Theory]
    [MemberData(nameof(TextOutputs))]
    public async Task Text_output_carries_no_control_or_bidi_character_from_content(string[] args)
    {
        using var site = HostileSite();
        var result = await CliRunner.RunAsync(site.Root, args, terminal: true);
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        foreach (var (stream, text) in new[] { ("stdout", result.Out), ("stderr", result.Error) })
        {
            Assert.False(text.Contains("\u001b[2J", StringComparison.Ordinal), $"{stream} passes an escape sequence:\n{text}");
            Assert.DoesNotContain("\u001b]0;", text, StringComparison.Ordinal);
            Assert.DoesNotContain('\u0007', text);
            Assert.DoesNotContain('\u202E', text);
            Assert.DoesNotContain('\u2028', text);
            Assert.DoesNotContain('\u0085', text);
        }
    }
}
