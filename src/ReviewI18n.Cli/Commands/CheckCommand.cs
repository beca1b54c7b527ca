using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ReviewI18n.Output;

namespace ReviewI18n.Cli.Commands;

/// <summary><c>check</c>: the findings, for people (<c>text</c>, <c>markdown</c>), machines (<c>json</c>) and CI (<c>sarif</c>, <c>github</c>).</summary>
public sealed class CheckCommand : ICliCommand
{
    private readonly FindingOptions _findings = new();

    private readonly Option<CheckFormat> _format = new("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => CheckFormat.Text };

    public Command Build()
    {
        var command = new Command("check", "Report what translators and maintainers must fix.");
        command.Options.Add(_format);
        _findings.AddTo(command);
        return command;
    }

    public Task<ExitCode> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var filter = _findings.Filter(context.Parse);
        using var host = HostFactory.Build(context.Console, context.Global, _findings.Configure(context.Parse));
        var (shown, summary) = FindingRun.Findings(host, filter, cancellationToken);
        var console = context.Console;
        switch (context.Parse.GetValue(_format))
        {
            case CheckFormat.Json:
                using (var buffer = new MemoryStream())
                {
                    JsonDiagnosticWriter.Write(buffer, shown, summary);
                    console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                }
                break;
            case CheckFormat.Sarif:
                using (var buffer = new MemoryStream())
                {
                    SarifWriter.Write(buffer, shown);
                    console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                }
                break;
            case CheckFormat.GitHub:
                new GitHubAnnotationWriter(console.Out).Write(shown, summary);
                break;
            case CheckFormat.Markdown:
                new MarkdownDiagnosticWriter(console.Out).Write(shown, summary);
                break;
            default:
                new TextDiagnosticWriter(console.Out, console.UseColour(context.Global.NoColor)).Write(shown, summary);
                break;
        }
        StepSummary.Append(console, shown, summary);
        return Task.FromResult(context.Parse.GetValue(_findings.FailOn).Fails(shown) ? ExitCode.Findings : ExitCode.Success);
    }
}

public enum CheckFormat
{
    Text,
    Json,
    Sarif,
    GitHub,
    Markdown,
}
