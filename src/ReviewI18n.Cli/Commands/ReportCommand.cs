using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReviewI18n.Output;
using ReviewI18n.Output.Html;
using ReviewI18n.Reports;

namespace ReviewI18n.Cli.Commands;

/// <summary><c>report</c>: locale coverage for site owners, as text, Markdown, JSON (the contract) or one HTML file.</summary>
public sealed class ReportCommand : ICliCommand
{
    private readonly Option<ReportFormat> _format = new("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => ReportFormat.Text };

    private readonly Option<string?> _out = new("--out", "-o") { Description = "Write to this file instead of stdout" };

    public Command Build()
    {
        var command = new Command("report", "Show how much of each locale is translated and current.");
        command.Options.Add(_format);
        command.Options.Add(_out);
        return command;
    }

    public Task<ExitCode> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        using var host = HostFactory.Build(context.Console, context.Global);
        var result = host.Services.GetRequiredService<ReviewPipeline>().Check(cancellationToken);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var report = host.Services.GetRequiredService<CoverageCalculator>().Compute(result);
        host.Services.GetRequiredService<ILogger<ReportCommand>>().LogDebug("Coverage computed in {Elapsed:F0} ms", System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        var outPath = context.Parse.GetValue(_out);
        var colour = outPath is null && context.Console.UseColour(context.Global.NoColor);
        ReportOutput.Write(context.Console, outPath, stream =>
        {
            switch (context.Parse.GetValue(_format))
            {
                case ReportFormat.Json:
                    CoverageJsonWriter.Write(stream, report);
                    stream.WriteByte((byte)'\n');
                    break;
                case ReportFormat.Markdown:
                    ReportOutput.Text(stream, w => new CoverageMarkdownWriter(w).Write(report));
                    break;
                case ReportFormat.Html:
                    ReportOutput.Text(stream, w => new CoverageHtmlWriter(w).Write(report, DateTimeOffset.UtcNow));
                    break;
                default:
                    ReportOutput.Text(stream, w => new CoverageTextWriter(w, colour).Write(report));
                    break;
            }
        });
        return Task.FromResult(ExitCode.Success);
    }
}
