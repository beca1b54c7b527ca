using System.Diagnostics;

namespace ReviewI18n.Fuzz;

/// <summary>
/// The fuzz loop: each case writes a mutated pair (and sometimes a second, untouched pair) into a
/// scratch site and runs <see cref="FuzzPipeline"/> on it under a time limit. An exception is a
/// crash (its input is kept under <c>crashes/</c>), a run over the limit a hang, and any change
/// beside the site folder a write outside the content root.
/// </summary>
public sealed class FuzzRun(string work, IReadOnlyList<SeedPair> seeds, TimeSpan timeout, string? glossary)
{
    private const string Config = """
        {
          "sourceLocale": "en",
          "locales": ["en", "ja"],
          "collections": [
            { "name": "products", "path": "content/{locale}/products", "permalink": "/products/{locale}/{ref}/" },
            { "name": "companies", "path": "content/{locale}/companies", "permalink": "/companies/{locale}/{ref}/" }
          ],
          "glossary": "glossary",
          "baseline": ".review-i18n/baseline.json"
        }
        """;

    private readonly string _site = Path.Combine(work, "site");
    private readonly string _sentinel = Path.Combine(work, "outside.md");

    public FuzzReport Execute(int cases, int seed, Action<string>? progress = null)
    {
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        Directory.CreateDirectory(_site);
        File.WriteAllText(Path.Combine(_site, "pipeline.json"), Config);
        if (glossary is not null && Directory.Exists(glossary)) FileSnapshot.Copy(glossary, Path.Combine(_site, "glossary"));
        File.WriteAllText(_sentinel, "---\nref: outside\n---\n");
        var outsideBefore = Outside();

        var random = new Random(seed);
        var mutator = new Mutator(random);
        var crashes = new Dictionary<string, int>(StringComparer.Ordinal);
        var hangs = new List<string>();
        var outsideWrites = new List<string>();
        var clock = Stopwatch.StartNew();
        var run = 0;
        for (; run < cases && hangs.Count == 0; run++)
        {
            var files = CaseFiles(random, mutator);
            WriteCase(files);
            // A fresh pipeline per case: the baseline and glossary are read once per run, as in the CLI.
            using var pipeline = new FuzzPipeline(Path.Combine(_site, "pipeline.json"));
            var task = Task.Run(pipeline.Run);
            try
            {
                if (!task.Wait(timeout))
                {
                    hangs.Add($"case {run}: over {timeout.TotalSeconds:F0} s ({Keep("hang", run, files)})");
                }
            }
            catch (AggregateException ex)
            {
                var error = ex.InnerException!;
                while (error is AggregateException { InnerException: { } inner }) error = inner;
                var signature = $"{error.GetType().Name}: {error.Message.Split('\n')[0]} at {FirstFrame(error)}";
                crashes[signature] = crashes.GetValueOrDefault(signature) + 1;
                if (crashes[signature] == 1) progress?.Invoke($"case {run}: {signature} ({Keep("crash", run, files)})");
            }
            var outsideNow = Outside();
            if (!outsideNow.SequenceEqual(outsideBefore)) outsideWrites.Add($"case {run}: {string.Join(", ", outsideNow.Except(outsideBefore))}");
            if (run > 0 && run % 1000 == 0) progress?.Invoke($"{run} cases, {crashes.Values.Sum()} crashes, {clock.Elapsed.TotalSeconds:F0} s");
        }
        return new FuzzReport(run, crashes, hangs, outsideWrites, clock.Elapsed);
    }

    /// <summary>The mutated pair, and every fourth case an intact second pair that must still be processed beside it.</summary>
    private Dictionary<string, byte[]> CaseFiles(Random random, Mutator mutator)
    {
        var pair = seeds[random.Next(seeds.Count)];
        var collection = random.Next(4) == 0 ? "companies" : "products";
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var which = random.Next(3);
        files[$"content/en/{collection}/x/{pair.Name}.md"] = which == 1 ? pair.Source : mutator.Mutate(pair.Source, pair.Translation);
        files[$"content/ja/{collection}/x/{pair.Name}.md"] = which == 0 ? pair.Translation : mutator.Mutate(pair.Translation, pair.Source);
        if (random.Next(4) == 0)
        {
            var other = seeds[random.Next(seeds.Count)];
            files[$"content/en/products/y/{other.Name}-b.md"] = other.Source;
            files[$"content/ja/products/y/{other.Name}-b.md"] = other.Translation;
        }
        return files;
    }

    private void WriteCase(Dictionary<string, byte[]> files)
    {
        foreach (var folder in new[] { "content", ".review-i18n" })
        {
            var full = Path.Combine(_site, folder);
            if (Directory.Exists(full)) Directory.Delete(full, recursive: true);
        }
        foreach (var (path, bytes) in files)
        {
            var full = Path.Combine(_site, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }

    /// <summary>Everything beside the site folder, with the sentinel's content: none of it may change.</summary>
    private List<string> Outside() =>
        [.. Directory.EnumerateFileSystemEntries(work).Where(e => e != _site && !e.EndsWith("crashes", StringComparison.Ordinal)).Order(StringComparer.Ordinal),
         File.Exists(_sentinel) ? File.ReadAllText(_sentinel) : "(sentinel gone)"];

    private string Keep(string kind, int run, Dictionary<string, byte[]> files)
    {
        var folder = Path.Combine(work, "crashes", $"{kind}-{run}");
        foreach (var (path, bytes) in files)
        {
            var full = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
        return folder;
    }

    private static string FirstFrame(Exception error) =>
        new StackTrace(error, fNeedFileInfo: false).GetFrames()
            .Select(f => f.GetMethod())
            .FirstOrDefault(m => m?.DeclaringType?.Namespace?.StartsWith("ReviewI18n", StringComparison.Ordinal) == true) is { } method
            ? $"{method.DeclaringType!.Name}.{method.Name}"
            : "(outside ReviewI18n)";
}
