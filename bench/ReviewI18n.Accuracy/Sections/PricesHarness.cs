using System.Text;
using System.Text.RegularExpressions;

namespace ReviewI18n.Accuracy.Sections;

/// <summary>
/// <c>prices</c>: copies the site, gives its pipeline.json the prices <c>init</c> proposes for it
/// (USD and JPY, 50-250 JPY per USD), runs check, then plants per kind N defects in pairs of
/// products: a Japanese price with a zero too many, an English price missing its last digit, and
/// a sentence with a yen price in English prose; and reports how many are found at the right file
/// (price-mismatch, foreign-currency) and what else is new.
/// </summary>
public static partial class PricesHarness
{
    private const string Prices = """
        "prices": { "field": "price", "currencies": { "en": "USD", "ja": "JPY" }, "rates": { "ja": { "min": 50, "max": 250, "typical": 150 } } },
        """;

    [GeneratedRegex(@"^price:\s*(\d+(?:\.\d+)?)\s*$", RegexOptions.Multiline)]
    private static partial Regex PriceLine();

    public static async Task<int> RunAsync(string[] args)
    {
        if (SectionsOptions.Parse(args) is not { } options)
        {
            Console.Error.WriteLine(SectionsOptions.Usage.Replace("sections", "prices", StringComparison.Ordinal));
            return 2;
        }
        var site = SectionsHarness.CopySite(options);
        var config = Path.Combine(site, "pipeline.json");
        var json = File.ReadAllText(config);
        if (!json.Contains("\"prices\"", StringComparison.Ordinal)) File.WriteAllText(config, json.Replace("\"glossary\":", Prices + "\n  \"glossary\":", StringComparison.Ordinal));
        string[] rules = ["--rule", "price-mismatch", "--rule", "foreign-currency"];
        var (before, _) = await CheckRun.RunAsync(site, rules);
        Console.WriteLine($"untouched copy: {before.Count(f => f.Rule == "price-mismatch")} price-mismatch, {before.Count(f => f.Rule == "foreign-currency")} foreign-currency");

        var random = new Random(options.Seed);
        var pairs = Directory.EnumerateFiles(Path.Combine(site, "_products", "en"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Where(f => File.Exists(Path.Combine(site, f.Replace("/en/", "/ja/", StringComparison.Ordinal))))
            .Where(f => !before.Any(b => b.File == f || b.File == f.Replace("/en/", "/ja/", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal).OrderBy(_ => random.Next()).ToList();
        var planted = new List<(string Kind, string File, string Rule)>();
        var next = 0;
        foreach (var kind in new[] { "ExtraZero", "MissingDigit", "YenInEnglish" })
        {
            for (var n = 0; n < options.PerKind && next < pairs.Count; next++)
            {
                var en = pairs[next];
                var ja = en.Replace("/en/", "/ja/", StringComparison.Ordinal);
                var target = kind == "ExtraZero" ? ja : en;
                var path = Path.Combine(site, target);
                var text = File.ReadAllText(path);
                string? edited = kind switch
                {
                    "ExtraZero" => PriceLine().Match(text) is { Success: true } m && !m.Groups[1].Value.Contains('.') ? text.Remove(m.Groups[1].Index + m.Groups[1].Length, 0).Insert(m.Groups[1].Index + m.Groups[1].Length, "0") : null,
                    "MissingDigit" => PriceLine().Match(text) is { Success: true } m2 && m2.Groups[1].Value.Length >= 3 && !m2.Groups[1].Value.Contains('.') ? text.Remove(m2.Groups[1].Index + m2.Groups[1].Length - 1, 1) : null,
                    _ => text.IndexOf("\n## ", StringComparison.Ordinal) is var h and >= 0 && text.IndexOf('\n', h + 4) is var after and > 0
                        ? text.Insert(after + 1, "\nIn Japan it sells for about 12,800 yen.\n") : null,
                };
                if (edited is null) continue;
                File.WriteAllText(path, edited, new UTF8Encoding(false));
                planted.Add((kind, kind == "YenInEnglish" ? en : ja, kind == "YenInEnglish" ? "foreign-currency" : "price-mismatch"));
                n++;
            }
        }
        var (after2, _) = await CheckRun.RunAsync(site, rules);
        var ok = true;
        foreach (var group in planted.GroupBy(p => p.Kind))
        {
            var found = group.Count(p => after2.Any(f => f.Rule == p.Rule && f.File == p.File));
            Console.WriteLine($"  {group.Key,-13} planted {group.Count(),4}  found {found,4}");
            ok &= found == group.Count();
        }
        var plantedFiles = planted.Select(p => p.File).ToHashSet();
        var stray = after2.Count(f => !plantedFiles.Contains(f.File) && !before.Any(b => b.File == f.File && b.Line == f.Line && b.Rule == f.Rule));
        Console.WriteLine($"  new findings in files that were not edited: {stray}");
        return ok && stray == 0 ? 0 : 1;
    }
}
