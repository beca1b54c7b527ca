using System.Text;
using System.Text.Json;
using ReviewI18n.Accuracy.Sections;

namespace ReviewI18n.Accuracy.Ci;

/// <summary>
/// <c>ci-real SITE [--seed S]</c>: the CI workflow on a git clone of the real site. Records every
/// finding with <c>check --suppress-all</c>, then inserts two paragraphs at the top of 20 files
/// that have suppressed findings (nothing may be new), then damages three other English reviews
/// inside existing words (exactly those must be new, and the run must fail), then, from a fresh
/// commit, edits one English section and runs <c>--changed-since HEAD</c> (exactly the stale
/// Japanese section must be reported). Prints each step and PASS or FAIL; exits 1 on a failure.
/// </summary>
public static class CiOnRealSite
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            Console.Error.WriteLine("usage: ci-real SITE [--seed S]");
            return 2;
        }
        var seedAt = Array.IndexOf(args, "--seed");
        var random = new Random(seedAt >= 0 && seedAt + 1 < args.Length ? int.Parse(args[seedAt + 1], System.Globalization.CultureInfo.InvariantCulture) : 1);
        var site = RealSiteClone.Create(args[0], "ci-accuracy");
        var failures = 0;

        var (exit, summary, _) = await Check(site, "--suppress-all");
        Console.WriteLine($"suppress-all: exit {exit}, {summary.Suppressed} findings recorded");
        var recorded = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site, ".review-i18n", "suppressions.json")));
        var suppressedFiles = recorded.RootElement.GetProperty("suppressions").EnumerateArray().Select(e => e.GetProperty("file").GetString()!).Distinct().Order(StringComparer.Ordinal).ToList();
        RealSiteClone.Git(site, "add", "-A");
        RealSiteClone.Git(site, "commit", "-q", "-m", "suppressions");

        // 1. Lines move above suppressed findings.
        var moved = suppressedFiles.OrderBy(_ => random.Next()).Take(20).ToList();
        foreach (var file in moved)
        {
            var path = Path.Combine(site, file);
            var text = File.ReadAllText(path);
            var end = text.IndexOf("\n---", 3, StringComparison.Ordinal) + 4;
            File.WriteAllText(path, text[..end] + "\n\nA paragraph added above everything.\n\nAnd a second one.\n" + text[end..], new UTF8Encoding(false));
        }
        var (movedExit, movedSummary, movedFindings) = await Check(site);
        failures += RealSiteClone.Report($"20 files with suppressed findings get two paragraphs at the top: exit {movedExit}, {movedFindings.Count} findings shown, {movedSummary.Suppressed} suppressed",
            movedExit == 0 && movedFindings.Count == 0 && movedSummary.Suppressed == summary.Suppressed);

        // 2. New damage in three other English reviews, inside existing words.
        var clean = Directory.EnumerateFiles(Path.Combine(site, "_products", "en"), "*.md", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(site, p).Replace('\\', '/')).Where(p => !suppressedFiles.Contains(p)).Order(StringComparer.Ordinal).ToList();
        var damaged = clean.OrderBy(_ => random.Next()).Take(3).ToList();
        string[] damage = ["\uFFFD", "\u00C3\u00A9", "\u200B"];
        for (var i = 0; i < damaged.Count; i++)
        {
            var path = Path.Combine(site, damaged[i]);
            var text = File.ReadAllText(path);
            var at = text.IndexOf(" the ", text.IndexOf("\n## ", StringComparison.Ordinal), StringComparison.Ordinal);
            File.WriteAllText(path, text[..(at + 4)] + damage[i] + text[(at + 4)..], new UTF8Encoding(false));
        }
        var (damagedExit, _, damagedFindings) = await Check(site);
        var damageFindings = damagedFindings.Where(f => f.Rule is "replacement-character" or "mojibake" or "invisible-character").ToList();
        var elsewhere = damagedFindings.Where(f => !damaged.Contains(f.File) && !damaged.Any(d => Counterpart(d) == f.File)).ToList();
        failures += RealSiteClone.Report($"3 English reviews damaged ({string.Join(", ", damaged)}): exit {damagedExit}, {damageFindings.Count} damage findings in them, {damagedFindings.Count - damageFindings.Count} others there or in their translations, {elsewhere.Count} elsewhere",
            damagedExit == 1 && damageFindings.Select(f => f.File).Distinct().Count() == 3 && elsewhere.Count == 0);
        foreach (var f in damagedFindings) Console.WriteLine($"    {f.Rule} {f.File}:{f.Line}");

        // 3. One English section edited: --changed-since reports the stale Japanese section only.
        RealSiteClone.Git(site, "checkout", "-q", "--", ".");
        var edited = clean.Where(p => File.Exists(Path.Combine(site, Counterpart(p)))).OrderBy(_ => random.Next()).First();
        var editedPath = Path.Combine(site, edited);
        var source = File.ReadAllText(editedPath);
        var second = source.IndexOf("\n## ", source.IndexOf("\n## ", StringComparison.Ordinal) + 4, StringComparison.Ordinal);
        var paragraphEnd = source.IndexOf("\n\n", source.IndexOf("\n\n", second + 4, StringComparison.Ordinal) + 2, StringComparison.Ordinal);
        File.WriteAllText(editedPath, source[..paragraphEnd] + "\n\nThe 2026 revision replaces the bass driver with a 10-inch unit." + source[paragraphEnd..], new UTF8Encoding(false));
        var (changedExit, _, changed) = await Check(site, "--changed-since", "HEAD");
        failures += RealSiteClone.Report($"one section of {edited} edited, check --changed-since HEAD: exit {changedExit}, {string.Join("; ", changed.Select(f => $"{f.Rule} {f.File} [{f.Section}]"))}",
            changed.Count == 1 && changed[0].Rule == "stale-section" && changed[0].File == Counterpart(edited));

        Console.WriteLine(failures == 0 ? "all steps PASS" : $"{failures} steps FAIL");
        return failures == 0 ? 0 : 1;
    }

    private static string Counterpart(string english) => english.Replace("/en/", "/ja/", StringComparison.Ordinal);

    private static async Task<(int Exit, (int Suppressed, int Total) Summary, List<Finding> Findings)> Check(string site, params string[] args)
    {
        var (exit, output, error) = await RealSiteClone.RunAsync(site, ["check", "--format", "json", .. args]);
        if (exit is not (0 or 1)) throw new InvalidOperationException($"check exited {exit}: {error}");
        using var json = JsonDocument.Parse(output);
        var findings = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => new Finding(
            d.GetProperty("rule").GetString()!, d.GetProperty("severity").GetString()!, d.GetProperty("file").GetString()!, d.GetProperty("line").GetInt32(),
            d.TryGetProperty("section", out var s) ? s.GetString() : null, null, d.GetProperty("message").GetString()!)).ToList();
        var summary = json.RootElement.GetProperty("summary");
        return (exit, (summary.GetProperty("suppressed").GetInt32(), findings.Count), findings);
    }

}
