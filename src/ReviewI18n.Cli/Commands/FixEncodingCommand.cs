using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Encodings;
using ReviewI18n.IO;
using ReviewI18n.Output;
using ReviewI18n.Sync;

namespace ReviewI18n.Cli.Commands;

/// <summary>
/// <c>fix-encoding</c>: the repairs of encoding damage that are certain (mojibake that decodes
/// strictly into expected scripts, NFC, byte order mark, invisible and bidi characters in prose,
/// one line ending per file). A dry run prints a unified diff; <c>--check</c> exits 1 when a
/// repair is pending; <c>--write</c> writes each file whole through a temporary file. Damage
/// that cannot be repaired with certainty is listed on stderr, never guessed at.
/// </summary>
public sealed class FixEncodingCommand : ICliCommand
{
    private readonly Option<bool> _check = new("--check") { Description = "Exit 1 if a repair is pending; change nothing" };

    private readonly Option<bool> _write = new("--write") { Description = "Apply the repairs to the files" };

    private static readonly EncodingIssueKind[] Unrepairable =
        [EncodingIssueKind.InvalidUtf8, EncodingIssueKind.ReplacementCharacter, EncodingIssueKind.ControlCharacter, EncodingIssueKind.Mojibake];

    public Command Build()
    {
        var command = new Command("fix-encoding", "Repair encoding damage where the repair is certain (dry run by default).");
        command.Options.Add(_check);
        command.Options.Add(_write);
        return command;
    }

    public Task<ExitCode> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var check = context.Parse.GetValue(_check);
        var write = context.Parse.GetValue(_write);
        if (check && write) throw new UsageException("fix-encoding: --check and --write cannot be used together");
        using var host = HostFactory.Build(context.Console, context.Global);
        // Two writers of one site (fix-encoding or sync) would each plan against bytes the other replaces.
        SyncLock? writeLock;
        try
        {
            writeLock = write ? SyncLock.Acquire(Path.GetDirectoryName(host.Services.GetRequiredService<PipelineConfig>().BaselinePath)!) : null;
        }
        catch (SyncLockedException ex)
        {
            context.Console.Error.WriteLine($"review-i18n: {ex.Message}");
            return Task.FromResult(ExitCode.Failure);
        }
        using var heldLock = writeLock;
        // Temporary files of an interrupted earlier write (a kill, a power cut) go, as sync's do.
        if (write) LeftoverTempFiles.Remove(host.Services.GetRequiredService<PipelineConfig>());
        var loaded = host.Services.GetRequiredService<ContentLoader>().Load(cancellationToken);
        var analyzer = host.Services.GetRequiredService<EncodingAnalyzer>();
        var console = context.Console;

        var repairs = new EncodingRepair?[loaded.Documents.Count];
        Parallel.For(0, loaded.Documents.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var doc = loaded.Documents[i];
            repairs[i] = EncodingRepairPlanner.Plan(doc, analyzer.Analyze(doc), analyzer.ScriptsOf(doc.Locale));
        });

        var pending = 0;
        var failed = 0;
        for (var i = 0; i < loaded.Documents.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var doc = loaded.Documents[i];
            if (!context.Global.Quiet) ReportUnrepairable(console, doc, analyzer.Analyze(doc));
            if (repairs[i] is not { } repair) continue;
            if (doc.FrontMatterProblem is not null)
            {
                console.Error.WriteLine($"review-i18n: warning: {TerminalText.Clean(doc.RelativePath)}: front matter does not parse; not repaired.");
                continue;
            }
            pending++;
            if (write && TryWrite(doc, repair) is { } problem)
            {
                failed++;
                console.Error.WriteLine($"review-i18n: not written: {TerminalText.Clean(doc.RelativePath)}: {TerminalText.Clean(problem)}");
            }
            else if (check) console.Out.WriteLine(TerminalText.Clean(doc.RelativePath));
            else if (!write) console.Out.Write(TerminalText.CleanLines(UnifiedDiff.Create(doc.RelativePath, repair.OldText, repair.NewText)));
        }
        if (!context.Global.Quiet)
        {
            var verb = write ? "Repaired" : "Repairs pending in";
            console.Error.WriteLine($"review-i18n: {verb} {pending} of {loaded.Documents.Count} files.");
        }
        return Task.FromResult((check && pending > 0) || failed > 0 ? ExitCode.Findings : ExitCode.Success);
    }

    /// <summary>
    /// Writes one repair, only over the very bytes it was planned against; a file that changed,
    /// vanished, is read-only or cannot be written is left as it was and named, and the rest still go.
    /// </summary>
    private static string? TryWrite(ReviewDocument doc, EncodingRepair repair)
    {
        try
        {
            if (!File.ReadAllBytes(doc.FullPath).AsSpan().SequenceEqual(doc.Bytes)) return "it changed on disk while fix-encoding ran";
            AtomicFile.WriteAllBytes(doc.FullPath, repair.NewBytes);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"it could not be written: {ex.Message}";
        }
    }

    private static void ReportUnrepairable(CliConsole console, ReviewDocument doc, EncodingAnalysis analysis)
    {
        foreach (var issue in analysis.Issues)
        {
            if (!Unrepairable.Contains(issue.Kind) || (issue.Kind == EncodingIssueKind.Mojibake && issue.Certain)) continue;
            var d = Findings.EncodingDamage.For(doc, issue);
            console.Error.WriteLine($"{TerminalText.Clean(d.File)}:{d.Line}:{d.Column}: {d.Rule.Name}: {TerminalText.Clean(d.Message)} (not repaired)");
        }
    }
}
