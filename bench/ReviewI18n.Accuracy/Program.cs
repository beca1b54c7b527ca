using ReviewI18n.Accuracy.Sections;

// One subcommand per accuracy harness; each lives in its own folder.
var harnesses = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.Ordinal)
{
    ["sections"] = SectionsHarness.RunAsync,
    ["sections-timing"] = a => { CheckTimings.Print(a.Length > 0 ? Path.GetFullPath(a[0]) : Directory.GetCurrentDirectory()); return Task.FromResult(0); },
    ["drift"] = ReviewI18n.Accuracy.Drift.DriftHarness.RunAsync,
    ["drift-real"] = ReviewI18n.Accuracy.Drift.DriftOnRealSite.RunAsync,
    ["facts-real"] = FactsOnRealSite.RunAsync,
    ["prices"] = PricesHarness.RunAsync,
    ["yaml-diff"] = a => Task.FromResult(YamlDifferential.Run(a)),
    ["encoding"] = a => Task.FromResult(ReviewI18n.Accuracy.Encodings.EncodingAccuracy.Run(a)),
    ["ci-real"] = ReviewI18n.Accuracy.Ci.CiOnRealSite.RunAsync,
    ["xliff-real"] = ReviewI18n.Accuracy.Xliff.XliffOnRealSite.RunAsync,
    ["judged-real"] = ReviewI18n.Accuracy.Judged.JudgedOnRealSite.RunAsync,
};

if (args.Length == 0 || !harnesses.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: ReviewI18n.Accuracy <{string.Join("|", harnesses.Keys)}> [options]  (--help for a harness's options)");
    return 2;
}
return await run(args[1..]);
