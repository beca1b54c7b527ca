using System.Text;
using ReviewI18n.History;
using ReviewI18n.Baselines;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.History;

/// <summary>Reads history from a small repository built inside the test.</summary>
public sealed class GitHistoryTests
{
    private static TempSite Repository()
    {
        var site = new TempSite();
        site.Git("init", "-q", "-b", "main");
        return site;
    }

    [Fact]
    public void Last_commits_and_file_contents_at_a_commit()
    {
        using var site = Repository();
        site.Write("content/en/products/a.md", "v1\n").Write("content/ja/products/a.md", "訳1\n").Write("content/en/products/日本.md", "x\n");
        site.Git("add", "-A");
        site.Git("commit", "-q", "-m", "first");
        site.Write("content/en/products/a.md", "v2\n");
        site.Git("commit", "-q", "-am", "second");

        var history = GitHistory.Open(site.Root);
        var commits = history.CommitsByPath(["content"]);
        var last = commits.ToDictionary(p => p.Key, p => p.Value[0]);

        Assert.Equal(3, last.Count);
        Assert.Equal(2, commits["content/en/products/a.md"].Count);
        var translated = last["content/ja/products/a.md"];
        Assert.NotEqual(last["content/en/products/a.md"].Commit, translated.Commit);
        Assert.Equal("Tester", translated.Author);
        Assert.True(last.ContainsKey("content/en/products/日本.md"));

        var files = history.ReadFiles([(translated.Commit, "content/en/products/a.md"), (translated.Commit, "content/en/products/none.md")]);
        Assert.Equal("v1\n", Encoding.UTF8.GetString(files[(translated.Commit, "content/en/products/a.md")]!));
        Assert.Null(files[(translated.Commit, "content/en/products/none.md")]);
    }

    [Fact]
    public void One_batch_reads_blobs_between_missing_names_and_folders_whatever_their_size()
    {
        using var site = Repository();
        var large = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"行 {i}\n")); // several pipe buffers
        site.Write("content/en/big one.md", large).Write("content/en/empty.md", "").Write("content/en/small.md", "s\n");
        site.Git("add", "-A");
        site.Git("commit", "-q", "-m", "first");
        var history = GitHistory.Open(site.Root);
        var head = history.Head;

        // A folder is a tree: git sends its content too, which must be skipped, not taken for the next blob.
        var files = history.ReadFiles([(head, "content/en"), (head, "content/en/big one.md"), (head, "content/en/missing one.md"),
            (head, "content/en/empty.md"), (head, "content/en/small.md")]);

        Assert.Null(files[(head, "content/en")]);
        Assert.Equal(large, Encoding.UTF8.GetString(files[(head, "content/en/big one.md")]!));
        Assert.Null(files[(head, "content/en/missing one.md")]);
        Assert.Empty(files[(head, "content/en/empty.md")]!);
        Assert.Equal("s\n", Encoding.UTF8.GetString(files[(head, "content/en/small.md")]!));
    }

    [Fact]
    public void A_site_in_a_subfolder_of_the_repository_gets_site_relative_paths()
    {
        using var site = Repository();
        site.Write("docs/site/content/en/x.md", "a\n");
        site.Git("add", "-A");
        site.Git("commit", "-q", "-m", "one");

        var history = GitHistory.Open(Path.Combine(site.Root, "docs", "site"));
        var last = history.CommitsByPath(["content"]);
        var commit = Assert.Single(Assert.Single(last).Value).Commit;
        Assert.Equal("content/en/x.md", last.Keys.Single());
        Assert.Equal("a\n", Encoding.UTF8.GetString(history.ReadFiles([(commit, "content/en/x.md")]).Values.Single()!));
    }

    [Fact]
    public void Not_a_repository_is_a_clear_notice()
    {
        using var site = new TempSite();
        var ex = Assert.Throws<GitUnavailableException>(() => GitHistory.Open(site.Root));
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
    }

    [Fact]
    public void A_shallow_clone_is_refused()
    {
        using var origin = Repository();
        origin.Write("a.md", "1\n");
        origin.Git("add", "-A");
        origin.Git("commit", "-q", "-m", "one");
        origin.Write("a.md", "2\n");
        origin.Git("commit", "-q", "-am", "two");
        using var clone = new TempSite(config: null);
        clone.Git("clone", "-q", "--depth", "1", "file://" + origin.Root, "shallow");

        var ex = Assert.Throws<GitUnavailableException>(() => GitHistory.Open(Path.Combine(clone.Root, "shallow")));
        Assert.Contains("shallow", ex.Message, StringComparison.Ordinal);
    }
}
