using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using ReviewI18n.Content;
using ReviewI18n.Sections;

namespace ReviewI18n.Bench;

internal static class MicroBenchmarks
{
    public static int Run(string[] args)
    {
        BenchmarkSwitcher.FromTypes([typeof(ParsingBenchmarks)]).Run(args);
        return 0;
    }
}

/// <summary>
/// The per-file parsing steps over a sample of the real site (set REVIEW_I18N_CORPUS, default
/// /tmp/audioreview): decoding, front matter, sections.
/// </summary>
[MemoryDiagnoser]
public class ParsingBenchmarks
{
    private byte[][] _files = [];
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = Environment.GetEnvironmentVariable("REVIEW_I18N_CORPUS") ?? "/tmp/audioreview";
        _files = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(500).Select(File.ReadAllBytes).ToArray();
        _texts = _files.Select(b => DecodedText.Decode(b).Text).ToArray();
    }

    [Benchmark]
    public int Decode()
    {
        var n = 0;
        foreach (var f in _files) n += DecodedText.Decode(f).Text.Length;
        return n;
    }

    [Benchmark]
    public int FrontMatter()
    {
        var n = 0;
        foreach (var t in _texts) n += FrontMatterParser.Parse(t, out _)?.Fields.Count ?? 0;
        return n;
    }

    [Benchmark]
    public int Sections()
    {
        var n = 0;
        foreach (var t in _texts)
        {
            var block = FrontMatterBlock.Locate(t, out _);
            n += SectionSplitter.Split(t, block?.BodyStart ?? 0, block?.BodyFirstLine ?? 1).Sections.Count;
        }
        return n;
    }

    /// <summary>Drift's tokens of each file's body: what classifying a changed section costs per character.</summary>
    [Benchmark]
    public int ChangeTokens()
    {
        var n = 0;
        foreach (var t in _texts)
        {
            var block = FrontMatterBlock.Locate(t, out _);
            n += ReviewI18n.Drift.ChangeTokenizer.Tokenize(t.AsSpan(block?.BodyStart ?? 0)).Count;
        }
        return n;
    }
}
