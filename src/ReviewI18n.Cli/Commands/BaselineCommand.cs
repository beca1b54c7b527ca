using ReviewI18n.Analysis;
using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.Drift;
using ReviewI18n.Baselines;
using ReviewI18n.History;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;
using ReviewI18n.Sync;

namespace ReviewI18n.Cli.Commands;

/// <summary>
/// <c>baseline accept</c>: "this translation is current" — records the present source section
/// hashes (all, or narrowed by locale, collection, ref, section) so drift starts from here; also how
/// a translator says "reviewed, no change needed". <c>baseline init</c>: records the present state
/// of every pair, or with <c>--from-git</c> the state git history gives.
/// </summary>
public sealed class BaselineCommand : ICliCommand
{
    private readonly Argument<string> _action = new("action") { Description = "accept | init" };
    private readonly Option<string[]> _locale = new("--locale") { Description = "Only translations in these locales", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _collection = new("--collection") { Description = "Only these collections", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _ref = new("--ref") { Description = "Only these refs", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _section = new("--section") { Description = "Only these section keys (accept)", AllowMultipleArgumentsPerToken = true };
    private readonly Option<bool> _fromGit = new("--from-git") { Description = "init: take every entry from git history instead of the present state" };
    private readonly Option<string?> _by = new("--by") { Description = "Who accepts (default: git's user.name, else the login name)" };

    public Command Build()
    {
        _action.AcceptOnlyFromAmong("accept", "init");
        var command = new Command("baseline", "Mark translations current (accept) or record a whole site's baseline (init).");
        command.Arguments.Add(_action);
        foreach (var option in new Option[] { _locale, _collection, _ref, _section, _fromGit, _by }) command.Options.Add(option);
        return command;
    }

    public Task<ExitCode> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        var init = parse.GetValue(_action) == "init";
        var sections = parse.GetValue(_section) ?? [];
        if (init && sections.Length > 0) throw new UsageException("baseline init records whole pairs; use 'baseline accept --section' for one section");
        if (!init && parse.GetValue(_fromGit)) throw new UsageException("--from-git goes with 'baseline init'");

        using var host = HostFactory.Build(context.Console, context.Global);
        var services = host.Services;
        var config = services.GetRequiredService<PipelineConfig>();
        var console = context.Console;
        try
        {
            using var writeLock = SyncLock.Acquire(Path.GetDirectoryName(config.BaselinePath)!);
            var loaded = services.GetRequiredService<ContentLoader>().Load(cancellationToken);
            var site = Pairer.Pair(config, loaded.Documents);
            var keys = services.GetRequiredService<SectionKeyResolver>();
            var snapshot = services.GetRequiredService<BaselineSnapshot>();
            var drift = services.GetRequiredService<DriftBaselineProvider>();
            var pairs = site.Pairs.Where(InScope(parse)).ToList();

            var sourceCommit = SectionAcceptance.SourceCommits(config.Root, pairs);
            var by = parse.GetValue(_by) ?? WhoAmI(config.Root);
            var now = DateTimeOffset.UtcNow;
            IReadOnlyDictionary<DocumentPair, DriftBaseline> fromGit = new Dictionary<DocumentPair, DriftBaseline>();
            if (init && parse.GetValue(_fromGit))
            {
                CommitLog? log = null;
                fromGit = drift.FromGit(site, pairs, d => DriftSection.Of(d, keys), ref log);
                if (drift.GitNotice is { } notice) throw new UsageException($"--from-git: {notice}");
            }

            var accepted = 0;
            var touchedPairs = 0;
            var acceptance = new SectionAcceptance(snapshot, keys);
            // Accepting some sections of a pair without an entry keeps the others' baseline: it is needed then only.
            var effective = sections.Length > 0 ? services.GetRequiredService<Analyzer>().Baselines(site, pairs) : new Dictionary<DocumentPair, DriftBaseline>();
            foreach (var pair in pairs)
            {
                int count;
                if (fromGit.TryGetValue(pair, out var gitBaseline))
                {
                    count = DriftSection.Of(pair.Source, keys).Count;
                    if (count == 0) continue;
                    snapshot.Value.GetOrAdd(Baseline.KeyOf(pair.Collection, pair.Locale, pair.Key)).SetSections(gitBaseline.Hashes, merge: false, gitBaseline.Commit, now, gitBaseline.By);
                }
                else
                {
                    count = acceptance.Accept(pair, effective.GetValueOrDefault(pair), sections, sourceCommit(pair), now, by);
                    if (count == 0) continue;
                }
                accepted += count;
                touchedPairs++;
            }
            if (touchedPairs > 0) snapshot.Store.Save(snapshot.Value);
            if (!context.Global.Quiet)
            {
                console.Out.WriteLine(touchedPairs == 0
                    ? "Nothing matched: no baseline entry was changed."
                    : $"Recorded {accepted} section{(accepted == 1 ? "" : "s")} in {touchedPairs} pair{(touchedPairs == 1 ? "" : "s")} in {config.Relative(config.BaselinePath)}.");
            }
            return Task.FromResult(ExitCode.Success);
        }
        catch (SyncLockedException ex)
        {
            console.Error.WriteLine($"review-i18n: {ex.Message}");
            return Task.FromResult(ExitCode.Failure);
        }
    }

    private Func<DocumentPair, bool> InScope(ParseResult parse)
    {
        var locales = parse.GetValue(_locale) ?? [];
        var collections = parse.GetValue(_collection) ?? [];
        var refs = parse.GetValue(_ref) ?? [];
        return p => (locales.Length == 0 || locales.Contains(p.Locale))
                    && (collections.Length == 0 || collections.Contains(p.Collection))
                    && (refs.Length == 0 || refs.Contains(p.Key));
    }

    private static string WhoAmI(string root) =>
        GitHistory.UserName(root) ?? Environment.UserName;
}
