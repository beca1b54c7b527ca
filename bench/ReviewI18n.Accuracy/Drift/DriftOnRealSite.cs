using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ReviewI18n.Checks;
using ReviewI18n.Checks.Drift;
using ReviewI18n.Cli;
using ReviewI18n.Content;
using ReviewI18n.Drift;
using ReviewI18n.Baselines;
using ReviewI18n.Pairing;

namespace ReviewI18n.Accuracy.Drift;

/// <summary>
/// <c>drift-real SITE [--judged FILE] [--list CLASS]</c>: every source section of the untouched
/// site that changed since its translation's baseline (git history, or the baseline store),
/// counted by kind of change; which of them <c>stale-section</c> reports; and, from a file of
/// findings judged by reading both sides (<see cref="JudgedDrift"/>), the precision of what it
/// reports. Findings the file does not judge are listed: judge them before quoting a figure.
/// </summary>
public static class DriftOnRealSite
{
    public static Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            Console.Error.WriteLine("usage: drift-real SITE [--judged FILE] [--list CLASS|reported]");
            return Task.FromResult(2);
        }
        var site = Path.GetFullPath(args[0]);
        var judgedFile = Option(args, "--judged");
        var list = Option(args, "--list");
        var dump = Option(args, "--dump");

        var console = new CliConsole(TextWriter.Null, TextWriter.Null, site, false, new Dictionary<string, string?>());
        using var host = HostFactory.Build(console, new GlobalSettings(null, true, false, true));
        var services = host.Services;
        var model = Pairer.Pair(services.GetRequiredService<ReviewI18n.Configuration.PipelineConfig>(), services.GetRequiredService<ContentLoader>().Load().Documents);
        var check = services.GetServices<IPairCheck>().OfType<StaleSectionCheck>().Single();
        var analysis = services.GetRequiredService<ReviewI18n.Analysis.Analyzer>().Analyze(model, ReviewI18n.Analysis.Analyses.Baselines);

        var all = model.Pairs
            .SelectMany(pair => check.Changes(pair, analysis).Select(d => (File: pair.Translation.RelativePath, Drift: d)))
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Drift.Key, StringComparer.Ordinal)
            .ToList();
        Console.WriteLine($"{model.Pairs.Count} pairs; {all.Count} translated sections whose source changed since the baseline");
        foreach (var group in all.GroupBy(d => (d.Drift.Change.Name, d.Drift.Change.ShownInTranslation)).OrderByDescending(g => g.Count()))
        {
            var shown = group.Key.ShownInTranslation ? " (the translation already shows it)" : "";
            var reported = group.First().Drift.Change.NeedsTranslation ? "reported" : "not reported";
            Console.WriteLine($"  {group.Key.Name,-18} {group.Count(),5}  {reported}{shown}");
        }
        var stale = all.Where(d => d.Drift.Change.NeedsTranslation).ToList();
        Console.WriteLine($"stale-section findings: {stale.Count}");

        if (list is not null)
        {
            foreach (var (file, drift) in all.Where(d => list == "reported" ? d.Drift.Change.NeedsTranslation : d.Drift.Change.Name == list))
            {
                Console.WriteLine($"{file}\t{drift.Key}\t{drift.Change.Name}\t{drift.Translation.Section.Heading}\t{string.Join("; ", drift.Change.Details)}\t{drift.Diff()}");
            }
        }
        if (dump is not null) Dump(dump, model, all);
        if (judgedFile is null) return Task.FromResult(0);

        var judged = JudgedDrift.Load(judgedFile);
        // By section key, or by the translation's heading where another glossary gives other keys.
        JudgedDrift? Judged((string File, SectionDrift Drift) s) =>
            judged.GetValueOrDefault((s.File, s.Drift.Key)) ?? judged.Values.FirstOrDefault(j => j.File == s.File && j.Heading == s.Drift.Translation.Section.Heading);
        var matched = stale.Select(Judged).ToList();
        var trueCount = matched.Count(j => j?.IsTrue == true);
        var falseCount = matched.Count(j => j?.IsTrue == false);
        var unjudged = stale.Where((_, i) => matched[i] is null).ToList();
        var precision = trueCount + falseCount == 0 ? 0 : (double)trueCount / (trueCount + falseCount);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"judged ({Path.GetFileName(judgedFile)}): {trueCount + falseCount} of {stale.Count} findings; true {trueCount}, false {falseCount}; precision {precision:F2}"));
        foreach (var (file, drift) in unjudged) Console.WriteLine($"  not judged: {file} [{drift.Key}] {drift.Change.Name}");
        // Judged true work on this site that is not reported: a loss of recall on real content.
        var silent = all.Where(s => !s.Drift.Change.NeedsTranslation).Select(s => Judged(s)).OfType<JudgedDrift>().ToList();
        var lost = silent.Where(j => j.IsTrue).ToList();
        var silentJudged = silent.Count;
        Console.WriteLine($"judged among the changes not reported: {silentJudged}, of which true (missed work): {lost.Count}");
        foreach (var j in lost) Console.WriteLine($"  judged true but not reported: {j.File} [{j.Section}]: {j.Reason}");
        return Task.FromResult(unjudged.Count == 0 && lost.Count == 0 ? 0 : 1);
    }

    /// <summary>One text file per changed section, for a person to judge: the diff, the old and new source section and the translation's section.</summary>
    private static void Dump(string folder, SiteModel model, List<(string File, SectionDrift Drift)> all)
    {
        Directory.CreateDirectory(folder);
        var byTranslation = model.Pairs.ToDictionary(p => p.Translation.RelativePath, StringComparer.Ordinal);
        var n = 0;
        foreach (var (file, drift) in all)
        {
            var pair = byTranslation[file];
            var text = new System.Text.StringBuilder()
                .AppendLine($"file: {file}").AppendLine($"source: {pair.Source.RelativePath}").AppendLine($"section: {drift.Key}")
                .AppendLine($"change: {drift.Change.Name}{(drift.Change.ShownInTranslation ? " (shown in translation)" : "")}; reported: {drift.Change.NeedsTranslation}")
                .AppendLine($"details: {string.Join("; ", drift.Change.Details)}")
                .AppendLine("=== diff").AppendLine(drift.Diff())
                .AppendLine("=== source before").AppendLine(drift.OldText)
                .AppendLine("=== source now").AppendLine(drift.Source?.Section.ContentOf(pair.Source.Text).ToString())
                .AppendLine("=== translation now").AppendLine(drift.Translation.Section.ContentOf(pair.Translation.Text).ToString());
            File.WriteAllText(Path.Combine(folder, $"{++n:D4}-{drift.Change.Name}.txt"), text.ToString());
        }
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
