using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReviewI18n.Configuration;
using ReviewI18n.Reports;

namespace ReviewI18n.Cli.Commands;

/// <summary><c>pending</c>: the translator's worklist for one locale, most urgent first.</summary>
public sealed class PendingCommand : ICliCommand
{
    private readonly WorkSelection _work = new();

    private readonly FindingOptions _drift = new();

    private readonly Option<ReportFormat> _format = new("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => ReportFormat.Text };

    private readonly Option<string?> _out = new("--out", "-o") { Description = "Write to this file instead of stdout" };

    public Command Build()
    {
        var command = new Command("pending", "List what translators of one locale have to do, most urgent first.");
        foreach (var option in new Option[] { _work.Locale, _format, _out, _work.Collection, _work.Company, _work.Rule, _work.Since, _drift.NoHistory, _drift.NoCache }) command.Options.Add(option);
        return command;
    }

    public Task<ExitCode> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        var filter = _work.Filter(parse);
        using var host = HostFactory.Build(context.Console, context.Global, _drift.Configure(context.Parse));
        var config = host.Services.GetRequiredService<PipelineConfig>();
        var locale = _work.LocaleOf(parse, config);
        var result = _drift.CheckWholeSite(host, context.Parse, cancellationToken);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var list = host.Services.GetRequiredService<WorklistBuilder>().Build(result, locale, filter);
        host.Services.GetRequiredService<ILogger<PendingCommand>>().LogDebug("Worklist computed in {Elapsed:F0} ms", System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        var outPath = parse.GetValue(_out);
        var colour = outPath is null && context.Console.UseColour(context.Global.NoColor);
        ReportOutput.Write(context.Console, outPath, stream => ReportOutput.Worklist(stream, parse.GetValue(_format), list, colour));
        return Task.FromResult(ExitCode.Success);
    }
}
