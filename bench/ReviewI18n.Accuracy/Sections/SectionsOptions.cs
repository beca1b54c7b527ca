namespace ReviewI18n.Accuracy.Sections;

/// <summary>Options of the <c>sections</c> harness.</summary>
public sealed record SectionsOptions(string Corpus, string Work, string Glossary, string Config, int PerKind, int Seed)
{
    public const string Usage = """
        sections [--corpus DIR] [--work DIR] [--glossary DIR] [--config FILE] [--per-kind N] [--seed N]
          Copies the site in --corpus (never touched) to --work, runs check on the copy, plants
          N defects of each kind in ja translations (one per file), runs check again and reports
          how many were found at the right file, rule and section.
          Defaults: --corpus /tmp/audioreview --work /tmp/sections-accuracy --glossary <repo>/glossary
                    --config <repo>/examples/jekyll/pipeline.json --per-kind 50 --seed 1
        """;

    public static SectionsOptions? Parse(string[] args)
    {
        var repo = FindRepoRoot();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is "--help" or "-h" || !args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length) return null;
            values[args[i][2..]] = args[++i];
        }
        return new SectionsOptions(
            Path.GetFullPath(values.GetValueOrDefault("corpus", "/tmp/audioreview")),
            Path.GetFullPath(values.GetValueOrDefault("work", Path.Combine(Path.GetTempPath(), "sections-accuracy"))),
            Path.GetFullPath(values.GetValueOrDefault("glossary", Path.Combine(repo, "glossary"))),
            Path.GetFullPath(values.GetValueOrDefault("config", Path.Combine(repo, "examples", "jekyll", "pipeline.json"))),
            int.Parse(values.GetValueOrDefault("per-kind", "50"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(values.GetValueOrDefault("seed", "1"), System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ReviewI18n.sln"))) return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}
