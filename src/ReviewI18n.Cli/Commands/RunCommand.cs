using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ReviewI18n.Configuration;
using ReviewI18n.Output;
using ReviewI18n.Sync;

namespace ReviewI18n.Cli.Commands;

/// <summary>
/// <c>run</c> (also what runs with no command): the whole pipeline as the host's work. Load,
/// pair and check (<see cref="ReviewPipeline"/>); the sync plan, written only with
/// <c>--write</c>, and every report pipeline.json names (<see cref="WholeRun"/>); this command
/// prints the findings and the summary and writes the reports. Cancelling (Ctrl+C) stops between
/// stages, and every file is written whole or not at all.
/// </summary>
public sealed class RunCommand : ICliCommand
{
    private readonly FindingOptions _findings = new();

    private readonly Option<bool> _write = new("--write") { Description = "Apply the sync plan (shared front-matter fields) after checking" };

    public Command Build()
    {
        var command = new Command("run", "Run the whole pipeline: check, sync plan, reports, and a summary (the default command).");
        AddOptionsTo(command);
        return command;
    }

    /// <summary>The root command takes the same options, so <c>review-i18n --fail-on warning</c> works.</summary>
    public void AddOptionsTo(Command root)
    {
        _findings.AddTo(root);
        root.Options.Add(_findings.NoCache);
        root.Options.Add(_write);
    }

    public Task<ExitCode> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var filter = _findings.Filter(context.Parse);
        var write = context.Parse.GetValue(_write);
        using var host = HostFactory.Build(context.Console, context.Global, _findings.Configure(context.Parse));
        var config = host.Services.GetRequiredService<PipelineConfig>();
        var console = context.Console;

        // The lock comes first when writing, so the plan is made against files no other writer touches.
        using var syncLock = write ? SyncLock.Acquire(Path.GetDirectoryName(config.BaselinePath)!) : null;
        // An unchanged tree: the findings of the last check, and no checks or drift baselines to work out.
        var run = FindingRun.Of(_findings.CheckWholeSite(host, context.Parse, cancellationToken), filter);
        if (!context.Global.Quiet)
        {
            new TextDiagnosticWriter(console.Out, console.UseColour(context.Global.NoColor)).Write(run.Shown, run.Summary);
        }
        else
        {
            console.Out.WriteLine(TextDiagnosticWriter.SummaryLine(run.Summary));
        }

        var outcome = host.Services.GetRequiredService<WholeRun>().After(run.Result, write, cancellationToken);
        console.Out.WriteLine("Sync: " + string.Join("; ", outcome.SyncLines));

        var written = new List<string>();
        foreach (var report in outcome.Reports)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var format = Enum.Parse<ReportFormat>(report.Options.Format!, ignoreCase: true);
            var at = console with { CurrentDirectory = config.Root };
            if (report.Worklist is { } list) ReportOutput.Write(at, report.Options.Out, s => ReportOutput.Worklist(s, format, list, colour: false));
            else ReportOutput.Write(at, report.Options.Out, s => ReportOutput.Coverage(s, format, report.Coverage!, colour: false));
            written.Add(config.Relative(Path.Combine(config.Root, report.Options.Out!)));
        }
        console.Out.WriteLine(written.Count == 0
            ? "Reports: none named in pipeline.json."
            : $"Reports written: {string.Join(", ", written)}.");
        return Task.FromResult(context.Parse.GetValue(_findings.FailOn).Fails(run.Shown) ? ExitCode.Findings : ExitCode.Success);
    }
}
