using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ReviewI18n.Output;

namespace ReviewI18n.Cli.Commands;

/// <summary>
/// <c>run</c> (also what runs with no command): the whole pipeline. For now: load, pair, check,
/// and a summary in plain words after the findings.
/// </summary>
public sealed class RunCommand : ICliCommand
{
    private readonly FindingOptions _findings = new();

    public Command Build()
    {
        var command = new Command("run", "Run the whole pipeline and print a summary (the default command).");
        _findings.AddTo(command);
        return command;
    }

    /// <summary>The root command takes the same options, so <c>review-i18n --fail-on warning</c> works.</summary>
    public void AddOptionsTo(Command root) => _findings.AddTo(root);

    public Task<ExitCode> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var filter = _findings.Filter(context.Parse);
        using var host = HostFactory.Build(context.Console, context.Global, _findings.Configure(context.Parse));
        var result = host.Services.GetRequiredService<ReviewPipeline>().Check(cancellationToken);
        var shown = result.Diagnostics.Where(filter).ToList();
        var summary = DiagnosticSummary.Of(result with { Diagnostics = shown });
        var console = context.Console;
        if (!context.Global.Quiet)
        {
            new TextDiagnosticWriter(console.Out, console.UseColour(context.Global.NoColor)).Write(shown, summary);
        }
        else
        {
            console.Out.WriteLine(TextDiagnosticWriter.SummaryLine(summary));
        }
        return Task.FromResult(context.Parse.GetValue(_findings.FailOn).Fails(shown) ? ExitCode.Findings : ExitCode.Success);
    }
}
