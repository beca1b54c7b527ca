using ReviewI18n.Glossary;

namespace ReviewI18n.Accuracy.Sections;

/// <summary>
/// <c>sections</c>: what the section rules report on the untouched site, and how many planted
/// section defects they find at the right file, rule and section (recall). A planted defect
/// counts as found only by a finding the untouched copy did not already have.
/// </summary>
public static class SectionsHarness
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (SectionsOptions.Parse(args) is not { } options)
        {
            Console.Error.WriteLine(SectionsOptions.Usage);
            return 2;
        }
        var site = CopySite(options);
        Console.WriteLine($"site copy: {site}");

        var (baseline, baselineTime) = await CheckRun.RunAsync(site);
        var (_, warmTime) = await CheckRun.RunAsync(site);
        Console.WriteLine($"\nuntouched copy: {baseline.Count} findings (check in-process: first run {baselineTime.TotalMilliseconds:F0} ms, second {warmTime.TotalMilliseconds:F0} ms)");
        foreach (var group in baseline.GroupBy(f => (f.Rule, f.Severity)).OrderBy(g => g.Key.Rule, StringComparer.Ordinal))
        {
            var facts = group.Key.Rule == "fact-mismatch"
                ? " (" + string.Join(", ", group.GroupBy(f => f.Fact).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")) + ")"
                : "";
            Console.WriteLine($"  {group.Key.Rule,-22} {group.Key.Severity,-8} {group.Count(),5}{facts}");
        }

        var glossary = GlossaryLoader.Load(Path.Combine(site, "glossary"));
        var jaFiles = Directory.EnumerateFiles(site, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Where(f => f.Contains("/ja/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var planted = new Planter(site, glossary, new Random(options.Seed)).Plant(jaFiles, options.PerKind);

        var (damaged, damagedTime) = await CheckRun.RunAsync(site);
        var known = baseline.Select(Identity).ToHashSet();
        var fresh = damaged.Where(f => !known.Contains(Identity(f))).ToList();
        Console.WriteLine($"\nplanted {planted.Count} defects (seed {options.Seed}); check on the damaged copy: {damaged.Count} findings, {fresh.Count} new, {damagedTime.TotalMilliseconds:F0} ms");

        var missed = new List<PlantedDefect>();
        foreach (var kind in planted.GroupBy(p => p.Kind))
        {
            var found = 0;
            foreach (var defect in kind)
            {
                var hit = fresh.Any(f => (f.Rule == defect.Rule || defect.Kind == DefectKind.SwappedMarker && f.Rule == "dangling-citation")
                    && f.File == defect.File && f.Section == defect.Section && (defect.Fact is null || f.Fact == defect.Fact));
                if (hit) found++;
                else missed.Add(defect);
            }
            Console.WriteLine($"  {kind.Key,-16} planted {kind.Count(),4}  found {found,4}  ({100.0 * found / kind.Count():F1} %)  rule {kind.First().Rule}");
        }
        foreach (var m in missed) Console.WriteLine($"  MISSED {m.Kind} {m.File} [{m.Section}] {m.Detail}");

        var plantedFiles = planted.Select(p => p.File).ToHashSet(StringComparer.Ordinal);
        var expected = planted.Select(p => (p.Rule, p.File, p.Section)).ToHashSet();
        var knockOn = fresh.Where(f => plantedFiles.Contains(f.File) && !expected.Contains((f.Rule, f.File, f.Section ?? ""))).ToList();
        var elsewhere = fresh.Where(f => !plantedFiles.Contains(f.File)).ToList();
        Console.WriteLine($"\nfurther new findings in damaged files: {knockOn.Count}");
        foreach (var g in knockOn.GroupBy(f => f.Rule).OrderBy(g => g.Key, StringComparer.Ordinal)) Console.WriteLine($"  {g.Key,-22} {g.Count(),5}");
        var kindOf = planted.GroupBy(p => p.File).ToDictionary(g => g.Key, g => g.First().Kind, StringComparer.Ordinal);
        foreach (var f in knockOn.Where(f => f.Rule == "fact-mismatch").Take(10))
            Console.WriteLine($"  after {kindOf[f.File]}: {f.Rule} {f.File}:{f.Line} [{f.Section}] {f.Message}");
        Console.WriteLine($"new findings in files that were not damaged: {elsewhere.Count}");
        foreach (var f in elsewhere.Take(10)) Console.WriteLine($"  {f.Rule} {f.File}:{f.Line} {f.Message}");
        return missed.Count == 0 && elsewhere.Count == 0 ? 0 : 1;
    }

    /// <summary>A finding without its line: deleting a section moves the findings below it, which are not new.</summary>
    private static (string Rule, string File, string? Section, string Message) Identity(Finding f) => (f.Rule, f.File, f.Section, f.Message);

    /// <summary>A fresh copy of the site's content (not its git history), with the chosen pipeline.json and glossary.</summary>
    internal static string CopySite(SectionsOptions options)
    {
        if (Path.GetFullPath(options.Work).StartsWith(Path.GetFullPath(options.Corpus), StringComparison.Ordinal))
            throw new InvalidOperationException("--work must not be inside --corpus: the corpus is read-only.");
        if (Directory.Exists(options.Work)) Directory.Delete(options.Work, recursive: true);
        Directory.CreateDirectory(options.Work);
        foreach (var dir in Directory.EnumerateDirectories(options.Corpus))
        {
            var name = Path.GetFileName(dir);
            if (name.StartsWith('.') || name == "glossary") continue;
            CopyTree(dir, Path.Combine(options.Work, name));
        }
        File.Copy(options.Config, Path.Combine(options.Work, "pipeline.json"));
        CopyTree(options.Glossary, Path.Combine(options.Work, "glossary"));
        return options.Work;
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.EnumerateDirectories(from)) CopyTree(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}
