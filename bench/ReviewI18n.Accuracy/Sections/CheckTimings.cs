using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ReviewI18n.Checks;
using ReviewI18n.Cli;
using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Pairing;

namespace ReviewI18n.Accuracy.Sections;

/// <summary>
/// Where the time of <c>check</c> goes: loads the site once, then runs each check alone on one
/// thread, so the cost of each rule can be compared on a busy machine (CPU time, not wall time).
/// </summary>
public static class CheckTimings
{
    public static void Print(string siteFolder)
    {
        var console = new CliConsole(TextWriter.Null, TextWriter.Null, siteFolder, false, new Dictionary<string, string?>());
        // TIMINGS_NO_HISTORY=1 times the checks as `check --no-history` runs them (drift from the baseline store only).
        Action<IServiceCollection>? noHistory = Environment.GetEnvironmentVariable("TIMINGS_NO_HISTORY") == "1"
            ? s => s.PostConfigure<ReviewI18n.Configuration.PipelineOptions>(o => o.History = "off")
            : null;
        using var host = HostFactory.Build(console, new GlobalSettings(null, true, false, true), noHistory);
        var services = host.Services;
        var cpu = Stopwatch.StartNew();
        var loaded = services.GetRequiredService<ContentLoader>().Load();
        var site = Pairer.Pair(services.GetRequiredService<ReviewI18n.Configuration.PipelineConfig>(), loaded.Documents);
        Console.WriteLine($"\nload and pair: {cpu.ElapsedMilliseconds} ms wall ({site.Documents.Count} documents, {site.Pairs.Count} pairs)");
        if (Environment.GetEnvironmentVariable("TIMINGS_COLD") == "1")
        {
            var loader = services.GetRequiredService<ContentLoader>();
            IReadOnlyList<ContentFile> listed = [];
            for (var round = 1; round <= 2; round++)
            {
                Time($"load: list files {round}", () => listed = loader.ListFiles());
                Time($"load: read all (parallel) {round}", () => loader.Read(listed, []));
                Time($"load: read bytes only {round}", () => { foreach (var f in listed) File.ReadAllBytes(f.FullPath); });
            }
            // The stages of loading, each alone over every document (bytes rebuilt beforehand).
            var bytes = site.Documents.Select(d => d.Bytes).ToArray();
            for (var round = 1; round <= 2; round++)
            {
                Time($"load: decode {round}", () => { foreach (var b in bytes) ReviewI18n.Content.DecodedText.Decode(b); });
                Time($"load: front matter {round}", () => { foreach (var d in site.Documents) ReviewI18n.Content.FrontMatterParser.Parse(d.Text, out _); });
                Time($"load: sections {round}", () => { foreach (var d in site.Documents) ReviewI18n.Sections.SectionSplitter.Split(d.Text, d.FrontMatter?.Block.BodyStart ?? 0, d.FrontMatter?.Block.BodyFirstLine ?? 1); });
                Time($"load: line maps {round}", () => { foreach (var d in site.Documents) _ = new ReviewI18n.Content.LineMap(d.Text); });
                Time($"load: whole reader {round}", () => { for (var i = 0; i < bytes.Length; i++) DocumentReader.Read(bytes[i], "x", "x", site.Documents[i].Collection, site.Documents[i].Locale); });
            }
            // The Analyze stage alone, then each check once, in registration order, over its result.
            var first = new List<Diagnostic>();
            var reads = services.GetRequiredService<CheckRunner>().Reads;
            var analyzer = services.GetRequiredService<ReviewI18n.Analysis.Analyzer>();
            ReviewI18n.Analysis.SiteAnalysis analysed = null!;
            Time("analyze", () => analysed = analyzer.Analyze(site, reads));
            foreach (var check in services.GetServices<IDocumentCheck>())
            {
                // The first document alone: what the check's tables and first calls cost.
                Time($"first doc {check.GetType().Name}", () => check.Check(site.Documents[0], analysed, first));
                Time($"cold {check.GetType().Name}", () => { foreach (var d in site.Documents) check.Check(d, analysed, first); });
            }
            foreach (var check in services.GetServices<IPairCheck>())
            {
                Time($"first pair {check.GetType().Name}", () => check.Check(site.Pairs[0], analysed, first));
                Time($"cold {check.GetType().Name}", () => { foreach (var p in site.Pairs) check.Check(p, analysed, first); });
            }
            foreach (var check in services.GetServices<ISiteCheck>())
            {
                Time($"cold {check.GetType().Name}", () => check.Check(analysed, first));
            }
        }
        var runner = services.GetRequiredService<CheckRunner>();
        var analysis = services.GetRequiredService<ReviewI18n.Analysis.Analyzer>().Analyze(site, runner.Reads);
        for (var round = 1; round <= 2; round++)
        {
            var wall = Stopwatch.StartNew();
            Time($"Analyze round {round}", () => services.GetRequiredService<ReviewI18n.Analysis.Analyzer>().Analyze(site, runner.Reads));
            Time($"CheckRunner.Run round {round}", () => runner.Run(analysis));
            Console.WriteLine($"    ({wall.ElapsedMilliseconds} ms wall)");
        }
        var chars = site.Documents.Sum(d => (long)d.Text.Length);
        for (var round = 1; round <= 4; round++)
        {
            Time($"FactExtractor round {round}", () => { foreach (var d in site.Documents) ReviewI18n.Facts.FactExtractor.Extract(d.Text, 0, d.Text.Length); });
            Time($"Prose round {round}", () => { foreach (var d in site.Documents) ReviewI18n.Sections.Prose.Of(d.Text, 0, d.Text.Length); });
            Time($"IndexOf newline round {round}", () => { foreach (var d in site.Documents) d.Text.AsSpan().Count('\n'); });
        }
        Console.WriteLine($"  ({chars / 1_000_000.0:F1} M chars)");
        var sink = new List<Diagnostic>();
        foreach (var check in services.GetServices<IDocumentCheck>())
        {
            Time(check.GetType().Name, () => { foreach (var d in site.Documents) check.Check(d, analysis, sink); });
        }
        foreach (var check in services.GetServices<IPairCheck>())
        {
            for (var round = 1; round <= 2; round++)
            {
                Time($"{check.GetType().Name} {round}", () => { foreach (var p in site.Pairs) check.Check(p, analysis, sink); });
            }
        }
    }

    private static void Time(string name, Action run)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        var pause = GC.GetTotalPauseDuration();
        var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        run();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - before;
        Console.WriteLine($"  {name,-28} {cpu.TotalMilliseconds,7:F0} ms CPU, GC pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds,5:F0} ms "
            + $"(gen0 {GC.CollectionCount(0) - gcs.Item1}, gen1 {GC.CollectionCount(1) - gcs.Item2}, gen2 {GC.CollectionCount(2) - gcs.Item3}), {allocated / 1_000_000.0:F1} MB allocated");
    }
}
