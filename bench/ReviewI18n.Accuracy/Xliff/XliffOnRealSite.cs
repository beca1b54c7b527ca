using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using ReviewI18n.Cli;

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
        var site = Path.Combine(Path.GetTempPath(), "xliff-accuracy");
        if (Directory.Exists(site)) Directory.Delete(site, recursive: true);
        Git(Path.GetTempPath(), "clone", "-q", Path.GetFullPath(args[0]), site);
        foreach (var extra in new[] { "pipeline.json", "glossary" }) Copy(Path.Combine(args[0], extra), Path.Combine(site, extra));
        Git(site, "add", "-A");
        Git(site, "commit", "-q", "--allow-empty", "-m", "configuration");
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
        failures += Report($"files changed: {changed.Count} (expected the {files.Count} files of the {chosen.Count} units)", changed.SequenceEqual(files.Order(StringComparer.Ordinal)));

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
        failures += Report($"front matter, headings and structure lines lost in the changed files: {outside}", outside == 0);

        var pendingAfter = await Pending(site);
        var imported = chosen.Select(u => (string)u.Attribute("id")!).ToHashSet(StringComparer.Ordinal);
        var stillPending = pendingAfter.Where(imported.Contains).ToList();
        var others = units.Select(u => (string)u.Attribute("id")!).Where(id => !imported.Contains(id)).ToList();
        failures += Report($"pending after: {pendingAfter.Count}; of the imported units still pending: {stillPending.Count}; of the {others.Count} other units still pending: {others.Count(pendingAfter.Contains)}",
            stillPending.Count == 0 && others.All(pendingAfter.Contains));

        var snapshot = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Where(p => !p.Contains("/.git/", StringComparison.Ordinal)).ToDictionary(p => p, File.ReadAllBytes);
        var (againExit, againError) = await Run(site, "import", "done.xlf");
        var changedAgain = snapshot.Count(p => !p.Value.AsSpan().SequenceEqual(File.ReadAllBytes(p.Key)));
        failures += Report($"second import: exit {againExit}, {changedAgain} files changed ({againError.Trim()})", changedAgain == 0);

        Console.WriteLine(failures == 0 ? "all steps PASS" : $"{failures} steps FAIL");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>Words replaced by Japanese, line breaks and spacing kept.</summary>
    private static string Translated(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"[^\s][^\n]*[^\s]|[^\s]", "翻訳した文です。");

    /// <summary>The ids of the units the worklist of ja has now: section work as <c>collection/ref/key</c>.</summary>
    private static async Task<List<string>> Pending(string site)
    {
        var (_, _, output) = await RunWithOutput(site, "pending", "--locale", "ja", "--format", "json");
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
        var (exit, error, _) = await RunWithOutput(site, args);
        return (exit, error);
    }

    private static async Task<(int Exit, string Error, string Output)> RunWithOutput(string site, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, new CliConsole(output, error, site, false, new Dictionary<string, string?>()));
        return (exit, error.ToString(), output.ToString());
    }

    private static int Report(string line, bool pass)
    {
        Console.WriteLine($"{(pass ? "PASS" : "FAIL")} {line}");
        return pass ? 0 : 1;
    }

    private static void Copy(string from, string to)
    {
        if (File.Exists(from)) { File.Copy(from, to, overwrite: true); return; }
        if (!Directory.Exists(from)) return;
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
    }

    private static void Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-c", "user.name=Harness", "-c", "user.email=harness@example.com", "-c", "commit.gpgsign=false" }) start.ArgumentList.Add(a);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error.Result}");
    }
}
