using ReviewI18n.Fuzz;

namespace ReviewI18n.Tests.Reliability;

/// <summary>
/// The short, seeded fuzz run CI does (the long one is <c>ReviewI18n.Bench fuzz</c>): mutated
/// pairs of the bundled sample site and generated pairs through the whole pipeline, with no
/// exception, no hang and no write beside the site.
/// </summary>
public sealed class FuzzTests
{
    [Fact]
    public void Mutated_reviews_never_crash_hang_or_write_outside_the_site()
    {
        var random = new Random(7);
        var repo = RepositoryRoot();
        var seeds = FuzzSeeds.FromSite(Path.Combine(repo, "content"), 40, random);
        for (var i = 0; i < 10; i++) seeds.Add(FuzzSeeds.Generated(random, i));
        var work = Path.Combine(Path.GetTempPath(), "review-i18n-tests", "fuzz-" + Guid.NewGuid().ToString("N"));
        try
        {
            var report = new FuzzRun(work, seeds, TimeSpan.FromSeconds(60), Path.Combine(repo, "glossary")).Execute(cases: 150, seed: 7);
            Assert.True(report.Clean, string.Join('\n', report.Lines()));
            Assert.Equal(150, report.Cases);
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public void The_seeds_include_real_pairs_of_the_sample_site() =>
        Assert.NotEmpty(FuzzSeeds.FromSite(Path.Combine(RepositoryRoot(), "content"), 10, new Random(1)));

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ReviewI18n.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
