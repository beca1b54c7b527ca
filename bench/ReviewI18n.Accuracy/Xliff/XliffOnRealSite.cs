using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace ReviewI18n.Accuracy.Xliff;

/// <summary>
/// <c>xliff-real SITE [--units N]</c>: the translators' round trip on a git clone of the real site.
/// Exports the pending sections of ja as XLIFF 2.1, fills the targets of the first N units as a CAT
/// tool would (the words replaced, every code kept), imports, and checks: only the files of those
/// units change, and in them only the bodies of those sections (every other line is byte for byte
/// where it was); those sections are no longer pending; the other units still are; a second import
/// changes nothing. Prints each step and PASS or FAIL.
/// </summary>
public static class XliffOnRealSite
{
    private static readonly XNamespace X = "urn:oasis:names:tc:xliff:document:2.0";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            Console.Error.WriteLine("usage: xliff-real SITE [--units N]");
            return 2;
        }
        var unitsAt = Array.IndexOf(args, "--units");
        var count = unitsAt >= 0 && unitsAt + 1 < args.Length ? int.Parse(args[unitsAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 10;
        var site = RealSiteClone.Create(args[0], "xliff-accuracy");
        var failures = 0;

        var pendingBefore = await Pending(site);
        var (exportExit, _) = await Run(site, "export", "--locale", "ja", "--out", "out.xlf");
        var xliff = XDocument.Load(Path.Combine(site, "out.xlf"), LoadOptions.PreserveWhitespace);
        var units = xliff.Descendants(X + "unit").ToList();
        Console.WriteLine($"export: exit {exportExit}, {units.Count} units in {xliff.Descendants(X + "file").Count()} files; pending before: {pendingBefore.Count}");
        var chosen = units.Take(count).ToList();
        var files = chosen.Select(u => (string)u.Parent!.Attribute("original")!).Distinct().ToList();
        foreach (var unit in chosen)
        {
            var segment = unit.Element(X + "segment")!;
            segment.Element(X + "target")?.Remove();
            var source = segment.Element(X + "source")!;
            segment.Add(new XElement(X + "target", source.Attributes(), source.Nodes().Select(n => n is XText t ? new XText(Translated(t.Value)) : (XNode)new XElement((XElement)n))));
        }
        xliff.Save(Path.Combine(site, "done.xlf"));
        var before = files.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(site, f)));
        var allBefore = Directory.EnumerateFiles(Path.Combine(site, "_products"), "*.md", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(Path.Combine(site, "_companies"), "*.md", SearchOption.AllDirectories))
            .ToDictionary(p => p, File.ReadAllBytes);

        var (importExit, importError) = await Run(site, "import", "done.xlf");
        Console.WriteLine($"import: exit {importExit}: {importError.Trim()}");
        var changed = allBefore.Where(p => !p.Value.AsSpan().SequenceEqual(File.ReadAllBytes(p.Key))).Select(p => Path.GetRelativePath(site, p.Key).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        failures += RealSiteClone.Report($"files changed: {changed.Count} (expected the {files.Count} files of the {chosen.Count} units)", changed.SequenceEqual(files.Order(StringComparer.Ordinal)));

        // In each changed file, the lines outside the imported sections' bodies are as they were.
        var outside = 0;
        foreach (var file in files)
        {
            var oldLines = Encoding.UTF8.GetString(before[file]).Split('\n');
            var newLines = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(site, file))).Split('\n');
            var kept = oldLines.Where(l => l.StartsWith("## ", StringComparison.Ordinal) || l.StartsWith("---", StringComparison.Ordinal) || l.Contains(':', StringComparison.Ordinal) && !l.Contains(' ', StringComparison.Ordinal)).ToList();
            outside += kept.Count(l => !newLines.Contains(l));
            if (oldLines.Length > 0 && oldLines[0].StartsWith('\uFEFF') != newLines[0].StartsWith('\uFEFF')) outside++;
        }
        failures += RealSiteClone.Report($"front matter, headings and structure lines lost in the changed files: {outside}", outside == 0);

        var pendingAfter = await Pending(site);
        var imported = chosen.Select(u => (string)u.Attribute("id")!).ToHashSet(StringComparer.Ordinal);
        var stillPending = pendingAfter.Where(imported.Contains).ToList();
        var others = units.Select(u => (string)u.Attribute("id")!).Where(id => !imported.Contains(id)).ToList();
        failures += RealSiteClone.Report($"pending after: {pendingAfter.Count}; of the imported units still pending: {stillPending.Count}; of the {others.Count} other units still pending: {others.Count(pendingAfter.Contains)}",
            stillPending.Count == 0 && others.All(pendingAfter.Contains));

        var snapshot = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Where(p => !p.Contains("/.git/", StringComparison.Ordinal)).ToDictionary(p => p, File.ReadAllBytes);
        var (againExit, againError) = await Run(site, "import", "done.xlf");
        var changedAgain = snapshot.Count(p => !p.Value.AsSpan().SequenceEqual(File.ReadAllBytes(p.Key)));
        failures += RealSiteClone.Report($"second import: exit {againExit}, {changedAgain} files changed ({againError.Trim()})", changedAgain == 0);

        Console.WriteLine(failures == 0 ? "all steps PASS" : $"{failures} steps FAIL");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>Words replaced by Japanese, line breaks and spacing kept.</summary>
    private static string Translated(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"[^\s][^\n]*[^\s]|[^\s]", "翻訳した文です。");

    /// <summary>The ids of the units the worklist of ja has now: section work as <c>collection/ref/key</c>.</summary>
    private static async Task<List<string>> Pending(string site)
    {
        var (_, output, _) = await RealSiteClone.RunAsync(site, "pending", "--locale", "ja", "--format", "json");
        using var json = JsonDocument.Parse(output);
        var ids = new List<string>();
        foreach (var review in json.RootElement.GetProperty("reviews").EnumerateArray())
        {
            foreach (var item in review.GetProperty("items").EnumerateArray())
            {
                if (item.GetProperty("kind").GetString() is "stale-section" or "untranslated-section" or "missing-section" && item.TryGetProperty("section", out var s))
                {
                    ids.Add($"{review.GetProperty("collection").GetString()}/{review.GetProperty("ref").GetString()}/{s.GetString()}");
                }
            }
        }
        return ids;
    }

    private static async Task<(int Exit, string Error)> Run(string site, params string[] args)
    {
        var (exit, _, error) = await RealSiteClone.RunAsync(site, args);
        return (exit, error);
    }

}
