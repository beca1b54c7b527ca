using System.Text;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Content;

/// <summary>
/// The catalogue of bad input: each file gives a finding naming it (with a line), nothing
/// crashes, and the good pair beside it is still loaded and paired.
/// </summary>
public sealed class BadInputTests
{
    private const string BadPath = "content/en/products/bad/bad.md";

    private static async Task<(CliResult Result, List<(string Rule, string File, int Line)> Findings, int Pairs)> CheckWith(Action<TempSite> plant)
    {
        using var site = new TempSite()
            .Write("content/en/products/good/good.md", "---\nref: good\n---\nText.\n")
            .Write("content/ja/products/good/good.md", "---\nref: good\n---\n本文。\n");
        plant(site);
        var result = await site.RunAsync("check", "--format", "json");
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        using var json = result.Json();
        var findings = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("rule").GetString()!, d.GetProperty("file").GetString()!, d.GetProperty("line").GetInt32()))
            .ToList();
        Assert.DoesNotContain(findings, f => f.Item2.Contains("good", StringComparison.Ordinal));
        return (result, findings, json.RootElement.GetProperty("summary").GetProperty("pairs").GetInt32());
    }

    private static async Task AssertReported(Action<TempSite> plant, string rule, int line)
    {
        var (result, findings, pairs) = await CheckWith(plant);
        Assert.Equal(1, pairs);
        Assert.True(findings.Contains((rule, BadPath, line)), $"expected {rule} at {BadPath}:{line}\n{result}");
    }

    [Fact]
    public Task Binary_file_named_md() =>
        AssertReported(s => s.Write(BadPath, Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256)).ToArray()), "front-matter-invalid", 1);

    [Fact]
    public Task Nul_bytes_in_front_matter() =>
        AssertReported(s => s.Write(BadPath, "---\nref: a\0b\ntitle: x\n---\n"), "front-matter-invalid", 2);

    [Fact]
    public Task Utf16_file() =>
        AssertReported(s => s.Write(BadPath, Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("---\nref: bad\n---\n")).ToArray()), "front-matter-invalid", 1);

    [Fact]
    public Task Tabs_as_yaml_indentation() =>
        AssertReported(s => s.Write(BadPath, "---\nref: bad\ntags:\n\t- a\n---\n"), "front-matter-invalid", 4);

    [Fact]
    public Task Alias_bomb_fails_fast_or_loads_without_expanding()
    {
        var lines = new StringBuilder("---\nref: bad\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 0; i < 9; i++)
        {
            var self = (char)('b' + i);
            var prev = (char)('a' + i);
            lines.Append($"{self}: &{self} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n");
        }
        lines.Append("---\n");
        return CheckAndAssertLoaded(s => s.Write(BadPath, lines.ToString()));
    }

    private static async Task CheckAndAssertLoaded(Action<TempSite> plant)
    {
        var (_, findings, pairs) = await CheckWith(plant);
        Assert.Equal(1, pairs);
        Assert.Contains(findings, f => f.File == BadPath);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(100_000)]
    public Task Very_deep_flow_nesting_is_refused_not_a_stack_overflow(int depth) =>
        AssertReported(s => s.Write(BadPath, $"---\nref: bad\nx: {new string('[', depth)}{new string(']', depth)}\n---\n"), "front-matter-invalid", 3);

    [Fact]
    public Task Very_deep_block_nesting_is_refused() =>
        AssertReported(s => s.Write(BadPath, "---\nref: bad\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => new string(' ', i) + "k:\n")) + "---\n"), "front-matter-invalid", 67);

    [Fact]
    public async Task Huge_file_with_long_lines_loads()
    {
        var line = new string('a', 10_000) + "\n";
        var body = new StringBuilder("---\nref: bad\n---\n## Overview\n");
        while (body.Length < 50 * 1024 * 1024) body.Append(line);
        var (_, findings, pairs) = await CheckWith(s => s.Write(BadPath, body.ToString()));
        Assert.Equal(1, pairs);
        Assert.Contains(("missing-translation", BadPath, 2), findings);
    }

    [Theory]
    [InlineData("ref: ../../etc/passwd")]
    [InlineData("ref: a/b")]
    [InlineData("ref: 'a\\b'")]
    [InlineData("ref: [a, b]")]
    [InlineData("ref: {a: b}")]
    public async Task Refs_that_are_not_plain_names_are_reported_and_never_used_as_paths(string refLine)
    {
        var (result, findings, pairs) = await CheckWith(s => s.Write(BadPath, $"---\n{refLine}\n---\n"));
        Assert.Equal(1, pairs);
        Assert.Contains(("front-matter-invalid", BadPath, 2), findings);
        Assert.DoesNotContain("root:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_as_ref_is_a_plain_name()
    {
        var (_, findings, _) = await CheckWith(s => s.Write(BadPath, "---\nref: 42\n---\n"));
        Assert.DoesNotContain(findings, f => f.Rule == "front-matter-invalid");
    }

    [Fact]
    public async Task Links_to_folders_are_not_followed_and_links_outside_are_reported()
    {
        var outside = Path.Combine(Path.GetTempPath(), "review-i18n-tests", "outside-" + Guid.NewGuid().ToString("N") + ".md");
        Directory.CreateDirectory(Path.GetDirectoryName(outside)!);
        File.WriteAllText(outside, "---\nref: outside\n---\n");
        try
        {
            var (result, findings, pairs) = await CheckWith(s =>
            {
                Directory.CreateDirectory(s.PathOf("content/en/products/bad"));
                File.CreateSymbolicLink(s.PathOf("content/en/products/bad/loop"), s.PathOf("content/en"));
                File.CreateSymbolicLink(s.PathOf(BadPath), outside);
            });
            Assert.Equal(1, pairs);
            Assert.Contains(("file-unreadable", BadPath, 1), findings);
            Assert.DoesNotContain(findings, f => f.File.Contains("loop", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public async Task A_link_inside_the_site_is_followed()
    {
        var (_, findings, pairs) = await CheckWith(s =>
        {
            s.Write("content/shared/bad.md", "---\nref: bad\n---\n");
            Directory.CreateDirectory(s.PathOf("content/en/products/bad"));
            File.CreateSymbolicLink(s.PathOf(BadPath), s.PathOf("content/shared/bad.md"));
        });
        Assert.Equal(1, pairs);
        Assert.Contains(("missing-translation", BadPath, 2), findings);
    }
}
