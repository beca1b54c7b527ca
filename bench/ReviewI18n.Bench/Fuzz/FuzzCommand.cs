using ReviewI18n.Fuzz;
namespace ReviewI18n.Bench.Fuzz;

/// <summary><c>fuzz</c>: a long seeded fuzz run over pairs of a real site and generated pairs.</summary>
internal static class FuzzCommand
{
    public static Task<int> RunAsync(BenchOptions options)
    {
        var seed = options.GetInt("seed", 20251121);
        var random = new Random(seed);
        var site = options.Get("site", "/tmp/audioreview");
        var seeds = Directory.Exists(site) ? FuzzSeeds.FromSite(site, options.GetInt("seeds", 300), random) : [];
        Console.WriteLine($"{seeds.Count} pairs from {site}");
        for (var i = 0; i < 50; i++) seeds.Add(FuzzSeeds.Generated(random, i));
        var work = Path.GetFullPath(options.Get("work", Path.Combine(Path.GetTempPath(), "review-i18n-fuzz")));
        var glossary = options.Get("glossary", Path.Combine(site, "glossary"));
        var run = new FuzzRun(work, seeds, TimeSpan.FromMilliseconds(options.GetInt("timeout-ms", 10_000)), glossary);
        var report = run.Execute(options.GetInt("cases", 10_000), seed, Console.WriteLine);
        foreach (var line in report.Lines()) Console.WriteLine(line);
        return Task.FromResult(report.Clean ? 0 : 1);
    }
}
