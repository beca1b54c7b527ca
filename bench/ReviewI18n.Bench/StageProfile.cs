using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ReviewI18n.Checks;
using ReviewI18n.Cli;
using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Pairing;

namespace ReviewI18n.Bench;

/// <summary>
/// The time of each stage and each check of a check, on one thread, so that the parts can be
/// compared: the site is loaded afresh for every run and every check runs alone over all
/// documents or pairs, in registration order. Values derived once per document (facts,
/// encoding analysis, section keys) are charged to the first check that asks for them.
/// The first run includes compiling; the figures printed are the medians of the later ones.
/// </summary>
internal static class StageProfile
{
    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: stages <site> [runs]   (as check --no-history)");
            return 2;
        }
        var site = Path.GetFullPath(args[0]);
        var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;
        var console = new CliConsole(TextWriter.Null, Console.Error, site, false, new Dictionary<string, string?>());
        // As `check --no-history`: drift from the baseline store only.
        using var host = HostFactory.Build(console, new GlobalSettings(null, Quiet: true, Verbose: false, NoColor: true),
            services => services.PostConfigure<ReviewI18n.Configuration.PipelineOptions>(o => o.History = "off"));
        var loader = host.Services.GetRequiredService<ContentLoader>();
        var runner = host.Services.GetRequiredService<CheckRunner>();
        var documentChecks = host.Services.GetServices<IDocumentCheck>().ToArray();
        var pairChecks = host.Services.GetServices<IPairCheck>().ToArray();
        var siteChecks = host.Services.GetServices<ISiteCheck>().ToArray();

        var times = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var allocated = new Dictionary<string, long>(StringComparer.Ordinal);
        var mark = GC.GetAllocatedBytesForCurrentThread();
        void Add(string name, long started)
        {
            (times.TryGetValue(name, out var list) ? list : times[name] = []).Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var now = GC.GetAllocatedBytesForCurrentThread();
            allocated[name] = now - mark;
            mark = now;
        }

        for (var run = 0; run < runs; run++)
        {
            mark = GC.GetAllocatedBytesForCurrentThread();
            var t = Stopwatch.GetTimestamp();
            var files = loader.ListFiles(out var listProblems);
            Add("list", t);
            t = Stopwatch.GetTimestamp();
            var loaded = loader.Read(files, listProblems);
            Add("load (parallel)", t);
            t = Stopwatch.GetTimestamp();
            var model = Pairer.Pair(runner.Config, loaded.Documents);
            Add("pair", t);
            var findings = new List<Diagnostic>();
            foreach (var check in documentChecks)
            {
                t = Stopwatch.GetTimestamp();
                foreach (var document in model.Documents) check.Check(document, model, findings);
                Add("document: " + check.GetType().Name, t);
            }
            foreach (var check in pairChecks)
            {
                if (check is IPreparesSite prepares)
                {
                    t = Stopwatch.GetTimestamp();
                    prepares.Prepare(model, CancellationToken.None);
                    Add("prepare: " + check.GetType().Name, t);
                }
                t = Stopwatch.GetTimestamp();
                foreach (var pair in model.Pairs) check.Check(pair, model, findings);
                Add("pair: " + check.GetType().Name, t);
            }
            foreach (var check in siteChecks)
            {
                t = Stopwatch.GetTimestamp();
                check.Check(model, findings);
                Add("site: " + check.GetType().Name, t);
            }
            Console.Error.WriteLine($"run {run + 1}: {model.Documents.Count} documents, {model.Pairs.Count} pairs, {findings.Count} findings");
        }

        Console.WriteLine($"site: {site}; {runs} runs, one thread for the checks; median of runs 2..{runs} in ms, MB allocated on this thread in the last");
        var total = 0.0;
        foreach (var (name, list) in times)
        {
            var later = list.Skip(runs > 1 ? 1 : 0).Order().ToArray();
            var median = later[later.Length / 2];
            if (name != "list" && name != "load (parallel)") total += median;
            Console.WriteLine($"{median,8:F1}  (first {list[0],7:F1})  {allocated[name] / 1e6,7:F1} MB  {name}");
        }
        Console.WriteLine($"{total,8:F1}  pair and checks, one thread");
        return 0;
    }
}
