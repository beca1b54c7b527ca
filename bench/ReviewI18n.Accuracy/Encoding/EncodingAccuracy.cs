using System.Diagnostics;
using System.Globalization;
using ReviewI18n.Content;
using ReviewI18n.Encodings;

namespace ReviewI18n.Accuracy.Encodings;

/// <summary>
/// The encoding accuracy harness. Reads the real corpus (never writes it), lists every finding on
/// the untouched files, then plants damage of each kind at random places of files that are clean,
/// with a fixed seed, and measures recall, findings away from the planted damage, and how many
/// repairs give back the original bytes exactly.
/// Usage: <c>encoding CORPUS [--seed N] [--per-kind N] [--out FILE]</c>.
/// </summary>
internal static class EncodingAccuracy
{
    public static int Run(string[] args)
    {
        if (args.Length == 0) return Usage();
        var root = args[0];
        var seed = Option(args, "--seed", 20251121);
        var perKind = Option(args, "--per-kind", 300);
        var outPath = args.SkipWhile(a => a != "--out").Skip(1).FirstOrDefault();

        var clock = Stopwatch.StartNew();
        var files = CorpusFile.Load(root);
        var scripts = new Dictionary<string, LocaleScripts> { ["en"] = LocaleScripts.Default("en", "en", "ja"), ["ja"] = LocaleScripts.Default("ja", "en", "ja") };
        var baseline = files.AsParallel().AsOrdered().Select(f => (File: f, Analysis: EncodingScanner.Scan(f.Decoded, scripts[f.Locale]))).ToList();
        var scanMs = clock.ElapsedMilliseconds;
        var clean = baseline.Where(b => b.Analysis.Issues.Count == 0).Select(b => b.File).ToList();

        var random = new Random(seed);
        var scores = new List<KindScore>();
        foreach (var kind in Planters.All)
        {
            var score = new KindScore(kind);
            var pool = kind.JapaneseOnly ? clean.Where(f => f.Locale == "ja").ToList() : clean;
            var attempts = 0;
            while (score.Planted < perKind && attempts++ < perKind * 20)
            {
                var file = pool[random.Next(pool.Count)];
                var plant = kind.Plant(file, random);
                if (plant is null) continue;
                Score(plant, kind, scripts[file.Locale], score);
            }
            scores.Add(score);
        }
        var report = EncodingReport.Markdown(root, seed, files, baseline, scores, scanMs);
        Console.Write(report);
        if (outPath is not null) File.WriteAllText(outPath, report);
        return scores.All(s => s.Recall >= 0.99) ? 0 : 1;
    }

    private static void Score(Plant plant, DamageKind kind, LocaleScripts locale, KindScore score)
    {
        score.Planted++;
        var decoded = DecodedText.Decode(plant.Damaged);
        var analysis = EncodingScanner.Scan(decoded, locale);
        var (start, end) = ChangedRegion(plant.File.Text, decoded.Text, plant.Damaged.Length > plant.File.Bytes.Length && kind.Rule == EncodingIssueKind.ByteOrderMark);
        bool Overlaps(EncodingIssue i) => i.Start <= end && i.End >= start;
        // Damage that lost bytes shows partly as U+FFFD: a replacement-character finding on it is the right one.
        var lossy = kind.Rule == EncodingIssueKind.Mojibake && decoded.Text.AsSpan(start, end - start).Contains('\uFFFD');
        var found = analysis.Issues.Any(i => (i.Kind == kind.Rule || (lossy && i.Kind == EncodingIssueKind.ReplacementCharacter)) && Overlaps(i));
        if (found && kind.Rule == EncodingIssueKind.Mojibake && analysis.Issues.Any(i => i.Kind == kind.Rule && Overlaps(i))) score.FoundAsMojibake++;
        if (found) score.Found++;
        else if (score.Misses.Count < 12) score.Misses.Add($"{plant.File.RelativePath}: {Visible(plant.Sample)} → {string.Join("; ", analysis.Issues.Select(i => $"{i.Kind} '{Visible(i.Text)}'"))}");
        if (analysis.Issues.Any(Overlaps) || found) score.FoundAnyRule++;
        foreach (var other in analysis.Issues.Where(i => !Overlaps(i) && !(i.Kind == kind.Rule && kind.Rule == EncodingIssueKind.MixedLineEndings)))
        {
            score.OtherFindings++;
            if (score.Others.Count < 8) score.Others.Add($"{plant.File.RelativePath}: {other.Kind} '{Visible(other.Text)}' (planted {Visible(plant.Sample)})");
        }
        if (plant.Lossless) score.Lossless++;
        var (repaired, _) = EncodingRepairPlanner.Repair(plant.Damaged, decoded, analysis, locale);
        if (repaired.AsSpan().SequenceEqual(plant.File.Bytes))
        {
            score.ExactlyRepaired++;
            if (plant.Lossless) score.LosslessExactlyRepaired++;
        }
        else if (plant.Lossless && kind.Repairable && score.NotExact.Count < 8)
        {
            var after = DecodedText.Decode(repaired).Text;
            var (rs, re) = ChangedRegion(plant.File.Text, after, false);
            score.NotExact.Add($"{plant.File.RelativePath}: {Visible(plant.Sample)} → repaired as '{Visible(after[rs..Math.Min(re, rs + 40)])}'");
        }
    }

    /// <summary>The span of the damaged text that differs from the original (common prefix and suffix removed).</summary>
    private static (int Start, int End) ChangedRegion(string original, string damaged, bool bom)
    {
        if (bom) return (0, 0);
        var prefix = 0;
        while (prefix < original.Length && prefix < damaged.Length && original[prefix] == damaged[prefix]) prefix++;
        var suffix = 0;
        while (suffix < original.Length - prefix && suffix < damaged.Length - prefix && original[^(suffix + 1)] == damaged[^(suffix + 1)]) suffix++;
        return (prefix, Math.Max(prefix, damaged.Length - suffix));
    }

    internal static string Visible(string text) =>
        string.Concat(text.Select(c => c < 0x20 || c is >= '\u007F' and <= '\u009F' || CharClasses.IsBidiControl(c) || CharClasses.IsInvisible(c) ? $"⟨U+{(int)c:X4}⟩" : c.ToString()));

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: ReviewI18n.Accuracy encoding CORPUS [--seed N] [--per-kind N] [--out FILE]");
        return 2;
    }
}
