using System.Globalization;

namespace ReviewI18n.Accuracy.Sections;

/// <summary>
/// <c>facts-real SITE --judged FILE</c>: runs <c>check</c> for fact-mismatch and figure-mismatch on the untouched
/// site and prints the precision of its findings from a file of findings judged by reading both
/// sections and both reference lists: tab-separated <c>file</c>, <c>section</c>, <c>fact</c>,
/// <c>verdict</c> (true: a real defect), <c>reason</c>; <c>#</c> starts a comment. Findings the
/// file does not judge are listed: judge them before quoting a figure. Judged true findings that
/// are not reported any more are listed too (recall lost on real content), and so are the reported
/// findings judged no defect.
/// </summary>
public static class FactsOnRealSite
{
    public static async Task<int> RunAsync(string[] args)
    {
        var judgedAt = Array.IndexOf(args, "--judged");
        if (args.Length == 0 || args[0].StartsWith('-') || judgedAt < 0 || judgedAt + 1 >= args.Length)
        {
            Console.Error.WriteLine("usage: facts-real SITE --judged FILE");
            return 2;
        }
        var judged = File.ReadLines(args[judgedAt + 1])
            .Where(l => l.Length > 0 && !l.StartsWith('#') && !l.StartsWith("file\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t'))
            .ToDictionary(c => (c[0], c[1], c[2]), c => (IsTrue: c[3] == "true", Reason: c[4]));
        var (findings, _) = await CheckRun.RunAsync(Path.GetFullPath(args[0]), ["--rule", "fact-mismatch", "--rule", "figure-mismatch"]);
        var facts = findings.Where(f => f.Rule is "fact-mismatch" or "figure-mismatch").ToList();
        Console.WriteLine($"fact-mismatch and figure-mismatch findings: {facts.Count}");
        foreach (var kind in facts.GroupBy(f => f.Fact).OrderByDescending(g => g.Count())) Console.WriteLine($"  {kind.Key,-18} {kind.Count(),5}");

        var verdicts = facts.Select(f => judged.TryGetValue((f.File, f.Section ?? "", f.Fact ?? ""), out var v) ? v : ((bool IsTrue, string Reason)?)null).ToList();
        foreach (var kind in facts.Select((f, i) => (f.Fact, Verdict: verdicts[i])).GroupBy(x => x.Fact))
        {
            var t = kind.Count(x => x.Verdict?.IsTrue == true);
            var n = kind.Count(x => x.Verdict is not null);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  judged {kind.Key}: {n} of {kind.Count()}, true {t}, precision {(n == 0 ? 0 : (double)t / n):F2}"));
        }
        var judgedCount = verdicts.Count(v => v is not null);
        var trueCount = verdicts.Count(v => v?.IsTrue == true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"judged: {judgedCount} of {facts.Count}; true {trueCount}, false {judgedCount - trueCount}; precision {(judgedCount == 0 ? 0 : (double)trueCount / judgedCount):F2}"));
        var falseOnes = facts.Select((f, i) => (f, Verdict: verdicts[i])).Where(x => x.Verdict?.IsTrue == false).ToList();
        Console.WriteLine($"reported but judged no defect: {falseOnes.Count}");
        foreach (var (f, v) in falseOnes) Console.WriteLine($"  {f.File} [{f.Section}] {f.Fact}: {v!.Value.Reason}");
        var reported = facts.Select(f => (f.File, f.Section ?? "", f.Fact ?? "")).ToHashSet();
        var lost = judged.Where(j => j.Value.IsTrue && !reported.Contains(j.Key)).ToList();
        Console.WriteLine($"judged true but not reported: {lost.Count}");
        foreach (var (key, value) in lost) Console.WriteLine($"  {key.Item1} [{key.Item2}] {key.Item3}: {value.Reason}");
        return 0;
    }
}
