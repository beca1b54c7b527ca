using System.Globalization;
using ReviewI18n.Accuracy.Sections;

namespace ReviewI18n.Accuracy.Judged;

/// <summary>
/// <c>judged-real SITE --judged FILE</c>: the precision of rules judged by reading a random sample
/// of their findings on the untouched real site. FILE is tab-separated: <c>rule</c>, <c>file</c>,
/// <c>line</c>, <c>section</c>, <c>verdict</c> (true: a real defect), <c>reason</c>; <c>#</c> starts
/// a comment. Runs <c>check</c> for those rules and prints, per rule, the findings, how many of
/// them the file judges and the precision of those; judged rows no longer reported are listed.
/// </summary>
public static class JudgedOnRealSite
{
    public static async Task<int> RunAsync(string[] args)
    {
        var judgedAt = Array.IndexOf(args, "--judged");
        if (args.Length == 0 || args[0].StartsWith('-') || judgedAt < 0 || judgedAt + 1 >= args.Length)
        {
            Console.Error.WriteLine("usage: judged-real SITE --judged FILE");
            return 2;
        }
        var rows = File.ReadLines(args[judgedAt + 1])
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(c => (Rule: c[0], File: c[1], Line: int.Parse(c[2], CultureInfo.InvariantCulture), Section: c[3], IsTrue: c[4] == "true", Reason: c.Length > 5 ? c[5] : ""))
            .ToList();
        var rules = rows.Select(r => r.Rule).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var (findings, _) = await CheckRun.RunAsync(Path.GetFullPath(args[0]), [.. rules.SelectMany(r => new[] { "--rule", r })]);
        var reported = findings.Select(f => (f.Rule, f.File, f.Line)).ToHashSet();
        foreach (var rule in rules)
        {
            var ofRule = findings.Where(f => f.Rule == rule).ToList();
            var judged = rows.Where(r => r.Rule == rule && reported.Contains((r.Rule, r.File, r.Line))).ToList();
            var trueCount = judged.Count(r => r.IsTrue);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{rule}: {ofRule.Count} findings, {judged.Count} judged, {trueCount} true, precision {(judged.Count == 0 ? 0 : (double)trueCount / judged.Count):F2}"));
            foreach (var r in judged.Where(r => !r.IsTrue)) Console.WriteLine($"  false: {r.File}:{r.Line} [{r.Section}] {r.Reason}");
        }
        var gone = rows.Where(r => !reported.Contains((r.Rule, r.File, r.Line))).ToList();
        Console.WriteLine($"judged rows no longer reported: {gone.Count}");
        foreach (var r in gone) Console.WriteLine($"  {r.Rule} {r.File}:{r.Line} ({(r.IsTrue ? "was true" : "was false")}): {r.Reason}");
        return 0;
    }
}
