using ReviewI18n.Analysis;
using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ReviewI18n.Baselines;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.History;
using ReviewI18n.IO;
using ReviewI18n.Output;
using ReviewI18n.Pairing;
using ReviewI18n.Sync;
using ReviewI18n.Xliff;

namespace ReviewI18n.Cli.Commands;

/// <summary>
/// <c>import FILE</c>: writes the targets of a translated XLIFF file into their sections, each file
/// whole or not at all (a temporary file and a rename, under the lock sync takes), and marks the
/// written sections current in the baseline store. Units that cannot be used are listed with their
/// reason and left out. <c>--dry-run</c> prints the diff and writes nothing. Exit 1 when a unit was skipped.
/// </summary>
public sealed class ImportCommand : ICliCommand
{
    private readonly Argument<string> _file = new("file") { Description = "The translated XLIFF file (2.1 or 1.2)" };

    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "Print the changes as a diff; write nothing" };

    private readonly Option<string?> _by = new("--by") { Description = "Who translated (recorded in the baseline; default: git user.name)" };

    public Command Build()
    {
        var command = new Command("import", "Write translated XLIFF units back into their sections.");
        command.Arguments.Add(_file);
        command.Options.Add(_dryRun);
        command.Options.Add(_by);
        return command;
    }

    public Task<ExitCode> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        var console = context.Console;
        var path = parse.GetValue(_file)!;
        var full = Path.GetFullPath(Path.Combine(console.CurrentDirectory, path));
        if (!File.Exists(full)) throw new UsageException($"import: no file {path}");
        var units = XliffReader.Read(full, path);

        using var host = HostFactory.Build(console, context.Global);
        var services = host.Services;
        var config = services.GetRequiredService<PipelineConfig>();
        var dryRun = parse.GetValue(_dryRun);
        using var writeLock = dryRun ? null : SyncLock.Acquire(Path.GetDirectoryName(config.BaselinePath)!);
        var loaded = services.GetRequiredService<ContentLoader>().Load(cancellationToken);
        var site = Pairer.Pair(config, loaded.Documents);
        var (outcomes, files) = services.GetRequiredService<XliffImporter>().Plan(site, units);

        foreach (var o in outcomes.Where(o => o.Result == ImportResult.Skipped))
        {
            console.Error.WriteLine($"{path}:{o.XliffLine}: unit {o.UnitId} skipped: {o.Reason}");
        }
        if (dryRun)
        {
            foreach (var file in files) console.Out.Write(UnifiedDiff.Create(file.Pair.Translation.RelativePath, file.OldText, file.NewText));
        }
        else
        {
            foreach (var file in files) AtomicFile.WriteAllBytes(file.Pair.Translation.FullPath, file.NewBytes);
            // Marked current: every section written, and every section kept as it was that is not current yet.
            var acceptance = services.GetRequiredService<SectionAcceptance>();
            var effective = services.GetRequiredService<Analyzer>().Baselines(site, outcomes.Where(o => o.Pair is not null).Select(o => o.Pair!).Distinct().ToList());
            var accepted = outcomes
                .Where(o => o is { DriftKey: not null, Pair: not null }
                            && (o.Result == ImportResult.Imported || o.Result == ImportResult.Unchanged && !acceptance.IsCurrent(o.Pair, effective.GetValueOrDefault(o.Pair), o.DriftKey)))
                .GroupBy(o => o.Pair!)
                .ToList();
            if (accepted.Count > 0)
            {
                var by = parse.GetValue(_by) ?? GitHistory.UserName(config.Root) ?? Environment.UserName;
                var now = DateTimeOffset.UtcNow;
                var sourceCommit = SectionAcceptance.SourceCommits(config.Root, accepted.Select(g => g.Key).ToList());
                foreach (var group in accepted) acceptance.Accept(group.Key, effective.GetValueOrDefault(group.Key), group.Select(o => o.DriftKey!).ToList(), sourceCommit(group.Key), now, by, exact: true);
                acceptance.Save();
            }
        }
        if (!context.Global.Quiet)
        {
            var imported = outcomes.Count(o => o.Result == ImportResult.Imported);
            var unchanged = outcomes.Count(o => o.Result == ImportResult.Unchanged);
            var skipped = outcomes.Count(o => o.Result == ImportResult.Skipped);
            var open = outcomes.Count(o => o.Result == ImportResult.NotTranslated);
            console.Error.WriteLine($"review-i18n: {(dryRun ? "would import" : "imported")} {imported} units into {files.Count} files; {unchanged} already there, {open} without a target, {skipped} skipped.");
        }
        return Task.FromResult(outcomes.Any(o => o.Result == ImportResult.Skipped) ? ExitCode.Findings : ExitCode.Success);
    }
}
