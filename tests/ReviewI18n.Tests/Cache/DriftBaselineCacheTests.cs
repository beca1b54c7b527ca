using System.Text.RegularExpressions;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Cache;

/// <summary>
/// The drift cache: git baselines reused for pairs whose files did not change under the same
/// commit, worked out again for the others, and never trusted when damaged, foreign or stale.
/// </summary>
public sealed partial class DriftBaselineCacheTests
{
    private const string CachePath = ".review-i18n/cache/drift.json";

    private const string Glossary = """
        overview: { en: Overview, ja: 概要 }
        advice: { en: Advice, ja: アドバイス }
        """;

    private static string Source(string name, string advice) => $"---\nref: {name}\n---\n## Overview\n\nThe {name} is a small speaker.\n\n## Advice\n\n{advice}\n";

    private static string Translation(string name, string advice) => $"---\nref: {name}\n---\n## 概要\n\n{name}は小型スピーカーです。\n\n## アドバイス\n\n{advice}\n";

    /// <summary>Two pairs committed together, then the English advice of "one" changed in a later commit: one stale section.</summary>
    private static TempSite Site()
    {
        var site = new TempSite()
            .Write("glossary/headings.yml", Glossary)
            .Write("content/en/products/acme/one.md", Source("one", "Buy it for a desk."))
            .Write("content/ja/products/acme/one.md", Translation("one", "デスク用に。"))
            .Write("content/en/products/acme/two.md", Source("two", "Buy it for a shelf."))
            .Write("content/ja/products/acme/two.md", Translation("two", "棚用に。"));
        site.Git("init", "-q", "-b", "main");
        site.Git("add", "-A");
        site.Git("commit", "-q", "-m", "translated");
        site.Write("content/en/products/acme/one.md", Source("one", "Buy it for a desk or a small shelf."));
        site.Git("commit", "-q", "-am", "advice widened");
        return site;
    }

    /// <summary>A check that does not take its findings from the findings cache, so the drift cache is what is tested.</summary>
    private static async Task<(string Out, int Reused)> Check(TempSite site, string folder = "")
    {
        var findings = site.PathOf(folder + ".review-i18n/cache/check.json");
        if (File.Exists(findings)) File.Delete(findings);
        var result = await site.RunAsync("check", "--format", "json", "--verbose", "--config", folder + "pipeline.json");
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        var reused = Reused().Match(result.Error);
        return (result.Out, reused.Success ? int.Parse(reused.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : -1);
    }

    private static async Task<string> Uncached(TempSite site, string folder = "") =>
        (await site.RunAsync("check", "--format", "json", "--no-cache", "--config", folder + "pipeline.json")).Out;

    [GeneratedRegex(@"Drift cache: (\d+) of \d+ pairs")]
    private static partial Regex Reused();

    [Fact]
    public async Task Unchanged_pairs_reuse_their_baselines_and_an_edited_one_is_read_from_git_again()
    {
        using var site = Site();
        var expected = await Uncached(site);
        Assert.Contains("stale-section", expected, StringComparison.Ordinal);
        Assert.False(File.Exists(site.PathOf(CachePath))); // --no-cache writes no cache either

        var first = await Check(site);
        Assert.Equal((expected, 0), first);
        Assert.True(File.Exists(site.PathOf(CachePath)));
        Assert.Equal((expected, 2), await Check(site));

        // An edit to one translation, not committed: that pair is worked out again, the other reused.
        site.Write("content/ja/products/acme/two.md", Translation("two", "棚の上に。"));
        var edited = await Check(site);
        Assert.Equal(1, edited.Reused);
        Assert.Equal(await Uncached(site), edited.Out);

        // The translator brings "one" up to date: its stale section goes, from the cache as from git.
        site.Write("content/ja/products/acme/one.md", Translation("one", "デスクや小さな棚に。"));
        site.Git("commit", "-q", "-m", "advice translated", "--", "content/ja/products/acme/one.md");
        var committed = await Check(site);
        Assert.Equal(1, committed.Reused); // a new commit: "two" kept its files and their history
        Assert.DoesNotContain("stale-section", committed.Out, StringComparison.Ordinal);
        Assert.Equal(await Uncached(site), committed.Out);
        Assert.Equal((committed.Out, 2), await Check(site));
    }

    [Fact]
    public async Task Under_a_new_commit_a_pair_whose_history_changed_is_read_again_even_with_the_same_contents()
    {
        using var site = Site();
        var expected = await Uncached(site);
        await Check(site);

        // A commit that touches no content: every entry still holds.
        site.Git("commit", "-q", "--allow-empty", "-m", "nothing to translate");
        Assert.Equal((expected, 2), await Check(site));

        // The English "one" edited and put back in two commits: the same files as cached, but the
        // translation is now older than the source's last commit, so its baseline must be worked out again.
        site.Write("content/en/products/acme/one.md", Source("one", "Buy it."));
        site.Git("commit", "-q", "-am", "shorter advice");
        site.Write("content/en/products/acme/one.md", Source("one", "Buy it for a desk or a small shelf."));
        site.Git("commit", "-q", "-am", "advice back");
        var again = await Check(site);
        Assert.Equal(1, again.Reused);
        Assert.Equal(await Uncached(site), again.Out);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("another key")]
    [InlineData("wrong shape")]
    [InlineData("another source")]
    public async Task A_damaged_foreign_or_mismatched_cache_is_ignored_and_written_again(string damage)
    {
        using var site = Site();
        var expected = await Uncached(site);
        await Check(site);
        var written = site.Read(CachePath);
        var damaged = damage switch
        {
            "truncated" => written[..(written.Length / 2)],
            "garbage" => "\u0000\uFFFD{{ not json",
            "another key" => Regex.Replace(written, "\"key\":\"[0-9a-f]+\"", "\"key\":\"" + new string('0', 64) + "\""),
            "wrong shape" => Regex.Replace(written, "\"pairs\":\\[.*\\]", "\"pairs\":5", RegexOptions.Singleline),
            // Entries whose source path is not the pair's source any more (a moved file, say) must not be taken.
            _ => written.Replace("\"source\":\"content/en/products/acme/one.md\"", "\"source\":\"content/en/products/acme/old.md\"", StringComparison.Ordinal),
        };
        Assert.NotEqual(written, damaged);
        site.Write(CachePath, damaged);

        var again = await Check(site);
        Assert.Equal(expected, again.Out);
        Assert.Equal(damage == "another source" ? 1 : 0, again.Reused);
        Assert.Equal((expected, 2), await Check(site)); // written again, whole
    }

    private const string LogPath = ".review-i18n/cache/log.bin";

    /// <summary>How a check came by git's log.</summary>
    private enum LogSource
    {
        Read, // from git, whole
        Kept, // the one kept for this commit
        Extended, // the one kept for an older commit, with the part since read from git
    }

    /// <summary>A verbose check past the findings cache: its findings, and how it came by git's log.</summary>
    private static async Task<(string Out, LogSource Log)> CheckWithLog(TempSite site)
    {
        var findings = site.PathOf(".review-i18n/cache/check.json");
        if (File.Exists(findings)) File.Delete(findings);
        var result = await site.RunAsync("check", "--format", "json", "--verbose");
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        var log = !result.Error.Contains("git's log taken from", StringComparison.Ordinal) ? LogSource.Read
            : result.Error.Contains("with the commits since", StringComparison.Ordinal) ? LogSource.Extended
            : LogSource.Kept;
        return (result.Out, log);
    }

    /// <summary>The log git gives for the commit checked out, as a check with nothing kept writes it (in place of the kept one).</summary>
    private static async Task<byte[]> LogReadWhole(TempSite site)
    {
        File.Delete(site.PathOf(LogPath));
        File.Delete(site.PathOf(CachePath));
        Assert.Equal(LogSource.Read, (await CheckWithLog(site)).Log);
        return Body(File.ReadAllBytes(site.PathOf(LogPath)));
    }

    /// <summary>A kept log without its header line.</summary>
    private static byte[] Body(byte[] kept) => kept[(Array.IndexOf(kept, (byte)'\n') + 1)..];

    [Fact]
    public async Task An_edit_before_the_next_commit_takes_git_s_log_from_the_cache()
    {
        using var site = Site();
        Assert.Equal(LogSource.Read, (await CheckWithLog(site)).Log);
        Assert.True(File.Exists(site.PathOf(LogPath)));

        // The translation of "two" now lags behind an English edit not yet committed.
        site.Write("content/en/products/acme/two.md", Source("two", "Buy it for a shelf or a desk."));
        var edited = await CheckWithLog(site);
        Assert.Equal(LogSource.Kept, edited.Log);
        Assert.Equal(await Uncached(site), edited.Out);
        Assert.Contains("content/ja/products/acme/two.md", edited.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_commits_on_top_of_the_kept_log_are_read_and_added_to_it()
    {
        using var site = Site();
        await CheckWithLog(site);

        // Three commits: one that the site's folders do not see, and two that change the English "two".
        site.Write("notes.txt", "not content\n");
        site.Git("add", "notes.txt");
        site.Git("commit", "-q", "-m", "notes");
        site.Write("content/en/products/acme/two.md", Source("two", "Buy it for a shelf or a desk."));
        site.Git("commit", "-q", "-am", "two widened");
        site.Write("content/en/products/acme/two.md", Source("two", "Buy it for a shelf, a desk or a sill."));
        site.Git("commit", "-q", "-am", "two widened again");

        var again = await CheckWithLog(site);
        Assert.Equal(LogSource.Extended, again.Log);
        Assert.Equal(await Uncached(site), again.Out);
        Assert.Contains("content/ja/products/acme/two.md", again.Out, StringComparison.Ordinal);
        // What is kept now is, byte for byte, the log git gives for the new commit.
        var kept = Body(File.ReadAllBytes(site.PathOf(LogPath)));
        Assert.Equal(await LogReadWhole(site), kept);
    }

    [Fact]
    public async Task Grafts_do_not_change_the_log_that_is_kept()
    {
        using var site = Site();
        // A graft that makes the newest commit a root would hide the first one from git's log.
        var head = site.GitOutput("rev-parse", "HEAD").Trim();
        site.Write(".git/info/grafts", head + "\n");
        await CheckWithLog(site);
        File.Delete(site.PathOf(".git/info/grafts"));

        site.Write("content/en/products/acme/two.md", Source("two", "Buy it for a shelf or a desk."));
        site.Git("commit", "-q", "-am", "two widened");
        var again = await CheckWithLog(site);
        Assert.Equal(LogSource.Extended, again.Log);
        var kept = Body(File.ReadAllBytes(site.PathOf(LogPath)));
        Assert.Equal(await LogReadWhole(site), kept);
    }

    [Theory]
    [InlineData("merge")]
    [InlineData("reset")]
    [InlineData("amend")]
    [InlineData("unknown commit")]
    [InlineData("another commit named")]
    public async Task After_a_merge_a_reset_a_rewrite_or_a_commit_git_lacks_the_whole_log_is_read(string change)
    {
        using var site = Site();
        await CheckWithLog(site);
        switch (change)
        {
            case "merge":
                // A branch that changes the English "two", merged: git's walk interleaves both sides.
                site.Git("checkout", "-q", "-b", "side");
                site.Write("content/en/products/acme/two.md", Source("two", "Buy it for a shelf or a desk."));
                site.Git("commit", "-q", "-am", "two widened");
                site.Git("checkout", "-q", "main");
                site.Write("content/ja/products/acme/one.md", Translation("one", "デスクや小さな棚に。"));
                site.Git("commit", "-q", "-am", "one translated again");
                site.Git("merge", "-q", "--no-ff", "-m", "merged", "side");
                break;
            case "reset":
                site.Git("reset", "-q", "--hard", "HEAD~1");
                break;
            case "amend":
                site.Write("content/en/products/acme/two.md", Source("two", "Buy it for a shelf or a desk."));
                site.Git("commit", "-q", "--amend", "-am", "advice widened, both");
                break;
            case "another commit named":
                // The header names the first commit, of which HEAD descends, over the second commit's log: the hash tells.
                var named = File.ReadAllText(site.PathOf(LogPath));
                var line = named[..named.IndexOf('\n')];
                File.WriteAllText(site.PathOf(LogPath), line.Replace(line.Split(' ')[2], site.GitOutput("rev-parse", "HEAD~1").Trim()) + named[line.Length..]);
                site.Write("content/en/products/acme/two.md", Source("two", "Buy it for a shelf or a desk."));
                site.Git("commit", "-q", "-am", "two widened");
                break;
            default:
                // A log kept for a commit this repository does not have (its header names it; the body is whole).
                var text = File.ReadAllText(site.PathOf(LogPath));
                var header = text[..text.IndexOf('\n')];
                var commit = header.Split(' ')[2];
                File.WriteAllText(site.PathOf(LogPath), header.Replace(commit, new string('0', commit.Length)) + text[header.Length..]);
                site.Write("content/en/products/acme/two.md", Source("two", "Buy it for a shelf or a desk."));
                break;
        }

        var again = await CheckWithLog(site);
        Assert.Equal(LogSource.Read, again.Log);
        Assert.Equal(await Uncached(site), again.Out);
        var kept = Body(File.ReadAllBytes(site.PathOf(LogPath)));
        Assert.Equal(await LogReadWhole(site), kept);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("altered")]
    [InlineData("garbage")]
    public async Task A_damaged_log_is_not_used(string damage)
    {
        using var site = Site();
        await CheckWithLog(site);
        var kept = File.ReadAllBytes(site.PathOf(LogPath));
        switch (damage)
        {
            case "truncated":
                File.WriteAllBytes(site.PathOf(LogPath), kept[..(kept.Length * 2 / 3)]);
                break;
            case "altered":
                // Same length, one commit's time changed: only the hash tells.
                var altered = (byte[])kept.Clone();
                var at = Array.IndexOf(altered, (byte)'\u0001', Array.IndexOf(altered, (byte)'\n')) + 42;
                altered[at] = (byte)(altered[at] == (byte)'1' ? '2' : '1');
                File.WriteAllBytes(site.PathOf(LogPath), altered);
                break;
            default:
                File.WriteAllText(site.PathOf(LogPath), "\u0000 not a log");
                break;
        }

        // An edit not yet committed, so that the check needs the log.
        site.Write("content/en/products/acme/two.md", Source("two", "Buy it for a shelf or a desk."));
        var again = await CheckWithLog(site);
        Assert.Equal(LogSource.Read, again.Log);
        Assert.Equal(await Uncached(site), again.Out);
        Assert.Contains("content/ja/products/acme/two.md", again.Out, StringComparison.Ordinal);
        Assert.Equal(kept, File.ReadAllBytes(site.PathOf(LogPath))); // written again, whole: the same bytes for the same commit
    }

    [Fact]
    public async Task A_glossary_change_makes_every_pair_read_from_git_again()
    {
        using var site = Site();
        await Check(site);
        site.Write("glossary/headings.yml", Glossary + "\nspecs: { en: Specifications, ja: 仕様 }\n");
        var expected = await Uncached(site);
        Assert.Equal((expected, 0), await Check(site));
        Assert.Equal((expected, 2), await Check(site));
    }
    [Fact]
    public async Task On_a_site_in_a_subfolder_of_its_repository_an_edited_pair_alone_is_worked_out_again()
    {
        using var repo = new TempSite(config: null);
        repo.Write("site/pipeline.json", TempSite.DefaultConfig).Write("site/glossary/headings.yml", Glossary);
        for (var i = 0; i < 520; i++)
        {
            repo.Write($"site/content/en/products/acme/p{i}.md", Source($"p{i}", "Buy it for a desk."))
                .Write($"site/content/ja/products/acme/p{i}.md", Translation($"p{i}", "デスク用に。"));
        }
        repo.Git("init", "-q", "-b", "main");
        repo.Git("add", "-A");
        repo.Git("commit", "-q", "-m", "translated");
        repo.Write("site/content/en/products/acme/p7.md", Source("p7", "Buy it for a desk or a small shelf."));
        repo.Git("commit", "-q", "-am", "advice widened");
        var first = await Check(repo, "site/");
        Assert.Equal(0, first.Reused);
        Assert.Contains("content/ja/products/acme/p7.md", first.Out, StringComparison.Ordinal);

        // One translation saved: only its pair goes back to git.
        repo.Write("site/content/ja/products/acme/p9.md", Translation("p9", "机の上に。"));
        Assert.Equal((await Uncached(repo, "site/"), 519), await Check(repo, "site/"));
    }
    [Fact]
    public void Batches_under_a_new_commit_keep_each_others_entries()
    {
        using var site = Site();
        Microsoft.Extensions.Hosting.IHost Host() => ReviewI18n.Cli.HostFactory.Build(
            new ReviewI18n.Cli.CliConsole(new StringWriter(), new StringWriter(), site.Root, false, new Dictionary<string, string?>()),
            new ReviewI18n.Cli.GlobalSettings(null, false, false, false),
            services => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton(services, new ReviewI18n.CheckBatching(WholeSiteBytes: 0, BatchBytes: 1)));
        string Findings()
        {
            using var host = Host();
            var found = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ReviewI18n.ReviewPipeline>(host.Services).FindingsInBatches();
            return string.Join("\n", found.Diagnostics.Select(d => $"{d.Rule.Name} {d.File}:{d.Line} {d.Message}"));
        }
        var before = Findings(); // one pair per batch: each batch adds its entry
        Assert.Contains("stale-section", before, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(site.Read(CachePath), "\"translation\":").Count);

        site.Git("commit", "-q", "--allow-empty", "-m", "nothing to translate");
        Assert.Equal(before, Findings());
        var heads = Regex.Matches(site.Read(CachePath), "\"head\":\"([0-9a-f]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(2, Regex.Matches(site.Read(CachePath), "\"translation\":").Count); // the first batch did not drop the second's entry
        Assert.Single(heads); // both checked against the new commit
    }
}
