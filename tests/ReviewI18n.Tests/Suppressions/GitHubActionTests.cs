using System.Diagnostics;
using System.Text.Json;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Suppressions;

/// <summary>
/// The GitHub Action's steps (<c>action/run.sh</c>, which <c>action.yml</c> runs) on a clone of a
/// site, with the variables the runner sets: a pull request whose base branch the checkout lacks,
/// the job summary, the step outputs and the SARIF log.
/// </summary>
public sealed class GitHubActionTests
{
    private const string English = "---\nref: one\ndate: 2025-01-01\n---\n## Overview\n\nA small speaker.\n\n## Advice\n\nBuy it for a desk.\n";
    private const string Japanese = "---\nref: one\ndate: 2025-01-01\n---\n## 概要\n\n小型スピーカーです。\n\n## アドバイス\n\nデスク用に。\n";

    /// <summary>An "origin" repository with main, and a clone on a pull-request branch whose base ref is not fetched.</summary>
    private static (TempSite Origin, TempSite Clone) PullRequest(Action<TempSite> change)
    {
        var origin = new TempSite()
            .Write("glossary/headings.yml", "overview: { en: Overview, ja: 概要 }\nadvice: { en: Advice, ja: アドバイス }\n")
            .Write("content/en/products/acme/one.md", English)
            .Write("content/ja/products/acme/one.md", Japanese);
        origin.Git("init", "-q", "-b", "main");
        origin.Git("add", "-A");
        origin.Git("commit", "-q", "-m", "site");

        var clone = new TempSite(config: null);
        Directory.Delete(clone.Root, recursive: true);
        Run("git", Path.GetDirectoryName(clone.Root)!, null, "clone", "-q", origin.Root, clone.Root);
        clone.Git("checkout", "-q", "-b", "pr");
        change(clone);
        clone.Git("commit", "-q", "-am", "the pull request");
        clone.Git("update-ref", "-d", "refs/remotes/origin/main"); // as a checkout of the pull request's merge commit alone
        return (origin, clone);
    }

    private static (int Exit, string Out, string Summary, string Outputs) RunAction(TempSite clone, params (string, string)[] inputs)
    {
        var runner = Directory.CreateTempSubdirectory("runner-").FullName;
        var summary = Path.Combine(runner, "summary.md");
        var outputs = Path.Combine(runner, "output.txt");
        var environment = new Dictionary<string, string>
        {
            ["GITHUB_STEP_SUMMARY"] = summary,
            ["GITHUB_OUTPUT"] = outputs,
            ["GITHUB_BASE_REF"] = "main",
            ["GITHUB_SERVER_URL"] = "https://github.com",
            ["GITHUB_REPOSITORY"] = "acme/reviews",
            ["GITHUB_SHA"] = "0123abc",
            ["RUNNER_TEMP"] = runner,
            ["REVIEW_I18N"] = $"dotnet {Path.Combine(AppContext.BaseDirectory, "review-i18n.dll")}",
        };
        foreach (var (name, value) in inputs) environment[name] = value;
        var (exit, output) = Run("bash", clone.Root, environment, Path.Combine(Repository.Root, "action", "run.sh"));
        return (exit, output, File.Exists(summary) ? File.ReadAllText(summary) : "", File.Exists(outputs) ? File.ReadAllText(outputs) : "");
    }

    private static (int Exit, string Output) Run(string file, string folder, Dictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (name, value) in environment ?? []) start.Environment[name] = value;
        start.Environment["GIT_CONFIG_COUNT"] = "2";
        start.Environment["GIT_CONFIG_KEY_0"] = "user.name";
        start.Environment["GIT_CONFIG_VALUE_0"] = "Tester";
        start.Environment["GIT_CONFIG_KEY_1"] = "user.email";
        start.Environment["GIT_CONFIG_VALUE_1"] = "t@example.com";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }

    [Fact]
    public void A_pull_request_that_edits_an_English_section_gets_its_stale_Japanese_section_in_the_summary_and_SARIF()
    {
        var (origin, clone) = PullRequest(site => site.Write("content/en/products/acme/one.md", English.Replace("Buy it for a desk.", "Buy it for a desk. The 2025 model adds a second woofer.", StringComparison.Ordinal)));
        using (origin)
        using (clone)
        {
            var (exit, output, summary, outputs) = RunAction(clone);

            Assert.True(exit == 0, output); // stale-section is a warning; fail-on is error
            Assert.Contains("::warning file=content/ja/products/acme/one.md", output, StringComparison.Ordinal);
            Assert.Contains("This change edits 1 English section; 1 Japanese section now needs updating.", summary, StringComparison.Ordinal);
            Assert.Contains("(https://github.com/acme/reviews/blob/0123abc/content/ja/products/acme/one.md#L", summary, StringComparison.Ordinal);
            Assert.Equal(1, summary.Split("## review-i18n: this change").Length - 1); // the SARIF and sync steps add nothing
            var sarifPath = outputs.Split('\n').Single(l => l.StartsWith("sarif-file=", StringComparison.Ordinal))["sarif-file=".Length..];
            using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
            Assert.Contains(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "stale-section");

            var failing = RunAction(clone, ("INPUT_FAIL_ON", "warning"));
            Assert.Equal(1, failing.Exit);
        }
    }

    [Fact]
    public void Shared_fields_out_of_sync_fail_the_job_with_an_annotation()
    {
        var (origin, clone) = PullRequest(site => site.Write("content/en/products/acme/one.md", English.Replace("date: 2025-01-01", "date: 2025-02-02", StringComparison.Ordinal)));
        using (origin)
        using (clone)
        {
            var (exit, output, summary, _) = RunAction(clone, ("INPUT_SARIF", "false"));

            Assert.Equal(1, exit);
            Assert.Contains("::error::shared front-matter fields are out of sync", output, StringComparison.Ordinal);
            Assert.Contains("out of sync", summary, StringComparison.Ordinal);
        }
    }
    [Fact]
    public void The_action_keeps_the_folder_the_caches_are_written_to_and_the_README_names_every_input()
    {
        var action = new YamlDotNet.RepresentationModel.YamlStream();
        action.Load(new StringReader(File.ReadAllText(Path.Combine(Repository.Root, "action.yml"))));
        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)action.Documents[0].RootNode;
        var inputs = ((YamlDotNet.RepresentationModel.YamlMappingNode)root["inputs"]).Children.Keys.Select(k => k.ToString()).ToList();
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        Assert.All(inputs, input => Assert.Contains($"`{input}`", readme, StringComparison.Ordinal));

        var steps = (YamlDotNet.RepresentationModel.YamlSequenceNode)((YamlDotNet.RepresentationModel.YamlMappingNode)root["runs"])["steps"];
        var cacheStep = steps.Children.Cast<YamlDotNet.RepresentationModel.YamlMappingNode>()
            .Single(step => step.Children.TryGetValue("uses", out var uses) && uses.ToString().StartsWith("actions/cache@", StringComparison.Ordinal));
        var paths = ((YamlDotNet.RepresentationModel.YamlMappingNode)cacheStep["with"])["path"].ToString();
        using var site = new TempSite();
        var written = Path.GetRelativePath(site.Root, Path.GetDirectoryName(new ReviewI18n.Cache.DriftBaselineCache(
            ReviewI18n.Configuration.PipelineConfig.From(new ReviewI18n.Configuration.PipelineOptions(), Path.Combine(site.Root, "pipeline.json")),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ReviewI18n.Cache.DriftBaselineCache>.Instance).Path)!).Replace('\\', '/');
        Assert.Contains("${{ inputs.working-directory }}/" + written + "\n", paths, StringComparison.Ordinal);
    }
}
