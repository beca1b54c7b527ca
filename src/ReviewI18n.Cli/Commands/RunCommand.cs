using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReviewI18n.Configuration;
using ReviewI18n.Output;
using ReviewI18n.Reports;
using ReviewI18n.Sync;

namespace ReviewI18n.Cli.Commands;

/// <summary>
/// <c>run</c> (also what runs with no command): the whole pipeline as the host's work. Load,
/// pair and check; the sync plan (written only with <c>--write</c>); every report pipeline.json
/// names under <c>reports</c>; then one summary in plain words. Cancelling (Ctrl+C) stops between
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
        var run = FindingRun.Execute(host, filter, cancellationToken);
        if (!context.Global.Quiet)
        {
            new TextDiagnosticWriter(console.Out, console.UseColour(context.Global.NoColor)).Write(run.Shown, run.Summary);
        }
        else
        {
            console.Out.WriteLine(TextDiagnosticWriter.SummaryLine(run.Summary));
        }

        cancellationToken.ThrowIfCancellationRequested();
        var syncLine = Sync(host, run.Result, write, cancellationToken);
        console.Out.WriteLine(syncLine);

        cancellationToken.ThrowIfCancellationRequested();
        var written = WriteReports(host, config, run.Result, console, cancellationToken);
        console.Out.WriteLine(written.Count == 0
            ? "Reports: none named in pipeline.json."
            : $"Reports written: {string.Join(", ", written)}.");
        return Task.FromResult(context.Parse.GetValue(_findings.FailOn).Fails(run.Shown) ? ExitCode.Findings : ExitCode.Success);
    }

    private static string Sync(IHost host, PipelineResult result, bool write, CancellationToken cancellationToken)
    {
        var engine = host.Services.GetRequiredService<SyncEngine>();
        var baseline = engine.Planner.StoredBaseline;
        var plan = engine.Planner.Plan(result.Site, baseline, SyncScope.All);
        var outcome = engine.Prepare(plan);
        if (write && outcome.Changes.Count > 0) outcome = engine.Write(plan, outcome, baseline, cancellationToken);
        return "Sync: " + string.Join("; ", SyncSummary.Lines(plan, outcome, write));
    }

    private static List<string> WriteReports(IHost host, PipelineConfig config, PipelineResult result, CliConsole console, CancellationToken cancellationToken)
    {
        var written = new List<string>();
        // Computed once, however many coverage reports pipeline.json names.
        var coverage = new Lazy<CoverageReport>(() => host.Services.GetRequiredService<CoverageCalculator>().Compute(result));
        foreach (var report in config.Reports)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var format = Enum.Parse<ReportFormat>(report.Format!, ignoreCase: true);
            var path = Path.Combine(config.Root, report.Out!);
            if (report.Kind == "pending")
            {
                var list = host.Services.GetRequiredService<WorklistBuilder>().Build(result, report.Locale!, WorklistFilter.All);
                ReportOutput.Write(console with { CurrentDirectory = config.Root }, report.Out, s => ReportOutput.Worklist(s, format, list, colour: false));
            }
            else
            {
                ReportOutput.Write(console with { CurrentDirectory = config.Root }, report.Out, s => ReportOutput.Coverage(s, format, coverage.Value, colour: false));
            }
            written.Add(config.Relative(path));
        }
        return written;
    }
}
