using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.Output;
using ReviewI18n.Pairing;
using ReviewI18n.Sync;

namespace ReviewI18n.Cli.Commands;

/// <summary>
/// <c>sync</c>: makes the shared front-matter fields of every translation agree with the source.
/// A dry run by default (a unified diff per file and a summary in words); <c>--check</c> exits 1
/// when anything would change, for CI; <c>--write</c> applies, under a lock, file by file atomically.
/// </summary>
public sealed class SyncCommand : ICliCommand
{
    private readonly Option<bool> _check = new("--check") { Description = "Change nothing; exit 1 when anything would change (for CI)" };
    private readonly Option<bool> _write = new("--write") { Description = "Apply the changes (each file atomically) and update the baseline" };
    private readonly Option<string[]> _locale = new("--locale") { Description = "Only translations in these locales", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _ref = new("--ref") { Description = "Only these refs", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _field = new("--field") { Description = "Only these shared fields", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string?> _prefer = new("--prefer") { Description = "Resolve conflicts: 'source' overwrites the translation, 'translation' writes its value back into the source" };

    public Command Build()
    {
        _prefer.AcceptOnlyFromAmong("source", "translation");
        var command = new Command("sync", "Make the shared front-matter fields of translations agree with the source (dry run unless --write).");
        foreach (var option in new Option[] { _check, _write, _locale, _ref, _field, _prefer }) command.Options.Add(option);
        return command;
    }

    public Task<ExitCode> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        var write = parse.GetValue(_write);
        var check = parse.GetValue(_check);
        if (write && check) throw new UsageException("sync: --check and --write cannot be combined");
        using var host = HostFactory.Build(context.Console, context.Global);
        var config = host.Services.GetRequiredService<PipelineConfig>();
        var scope = Scope(parse, config);
        var console = context.Console;
        try
        {
            // The lock is taken before reading, so the plan is made against files no other sync is writing.
            using var syncLock = write ? SyncLock.Acquire(Path.GetDirectoryName(config.BaselinePath)!) : null;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var loaded = host.Services.GetRequiredService<ContentLoader>().Load(cancellationToken);
            var site = Pairer.Pair(config, loaded.Documents);
            var engine = host.Services.GetRequiredService<SyncEngine>();
            var baseline = engine.Planner.StoredBaseline;
            var plan = engine.Planner.Plan(site, baseline, scope);
            var outcome = engine.Prepare(plan);
            var planned = System.Diagnostics.Stopwatch.GetTimestamp();
            if (write) outcome = engine.Write(plan, outcome, baseline, cancellationToken);
            host.Services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<SyncCommand>>().LogInformation(
                "Planned {Pairs} pairs in {Plan:F0} ms; wrote {Written} files in {Write:F0} ms",
                site.Pairs.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started, planned).TotalMilliseconds,
                outcome.Written, System.Diagnostics.Stopwatch.GetElapsedTime(planned).TotalMilliseconds);
            Print(console, context.Global.Quiet, plan, outcome, write);
            var conflicts = plan.Conflicts.Any();
            var failed = outcome.Refusals.Any(r => !plan.Unwritable.ContainsKey(r.Document));
            if (check) return Task.FromResult(outcome.Changes.Count > 0 || conflicts || failed ? ExitCode.Findings : ExitCode.Success);
            return Task.FromResult(write && (conflicts || failed) ? ExitCode.Findings : ExitCode.Success);
        }
        catch (SyncLockedException ex)
        {
            console.Error.WriteLine($"review-i18n: {ex.Message}");
            return Task.FromResult(ExitCode.Failure);
        }
    }

    private SyncScope Scope(ParseResult parse, PipelineConfig config)
    {
        var fields = parse.GetValue(_field) ?? [];
        foreach (var field in fields)
        {
            if (!config.SharedFields.Contains(field)) throw new UsageException($"--field: '{field}' is not a shared field ({string.Join(", ", config.SharedFields)})");
        }
        var locales = parse.GetValue(_locale) ?? [];
        foreach (var locale in locales)
        {
            if (!config.TargetLocales.Contains(locale)) throw new UsageException($"--locale: '{locale}' is not a target locale ({string.Join(", ", config.TargetLocales)})");
        }
        var prefer = parse.GetValue(_prefer) switch
        {
            "source" => PreferSide.Source,
            "translation" => PreferSide.Translation,
            _ => PreferSide.None,
        };
        return new SyncScope(locales, parse.GetValue(_ref) ?? [], fields, prefer);
    }

    private static void Print(CliConsole console, bool quiet, SyncPlan plan, SyncOutcome outcome, bool written)
    {
        var output = console.Out;
        if (!quiet)
        {
            foreach (var change in outcome.Changes)
            {
                output.Write(TerminalText.CleanLines(UnifiedDiff.Create(change.Document.RelativePath, change.OldText, change.NewText)));
            }
        }
        foreach (var conflict in plan.Conflicts)
        {
            var doc = conflict.Pair.Translation;
            output.WriteLine(TerminalText.Clean($"conflict: {doc.RelativePath}:{doc.LineOf(conflict.Field)}: {conflict.Field}: source {conflict.Source?.Display}, " +
                             $"translation {conflict.Translation?.Display}, baseline {conflict.Baseline?.Display}"));
        }
        foreach (var refusal in outcome.Refusals)
        {
            output.WriteLine(TerminalText.Clean($"not written: {refusal.Document.RelativePath}: {refusal.Reason}"));
        }
        foreach (var line in SyncSummary.Lines(plan, outcome, written)) output.WriteLine(line);
    }
}
