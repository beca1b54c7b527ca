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
    private readonly FindingOptions _drift = new();

    private readonly Option<ReportFormat> _format = new("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => ReportFormat.Text };

    private readonly Option<string?> _out = new("--out", "-o") { Description = "Write to this file instead of stdout" };

    private readonly Option<int> _history = new("--history") { Description = "Also measure coverage at this many commits spread over the git history (a line chart in html)" };

    public Command Build()
    {
        var command = new Command("report", "Show how much of each locale is translated and current.");
        command.Options.Add(_format);
        command.Options.Add(_drift.NoHistory);
        command.Options.Add(_out);
        command.Options.Add(_history);
        return command;
    }

    public Task<ExitCode> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        using var host = HostFactory.Build(context.Console, context.Global, _drift.Configure(context.Parse));
        var result = host.Services.GetRequiredService<ReviewPipeline>().CheckWholeSite(cancellationToken);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var report = host.Services.GetRequiredService<CoverageCalculator>().Compute(result);
        host.Services.GetRequiredService<ILogger<ReportCommand>>().LogDebug("Coverage computed in {Elapsed:F0} ms", System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        if (context.Parse.GetValue(_history) is var points and > 0)
        {
            report = report with { History = History(context, host.Services.GetRequiredService<Configuration.PipelineConfig>(), points, cancellationToken) };
        }
        var outPath = context.Parse.GetValue(_out);
        var colour = outPath is null && context.Console.UseColour(context.Global.NoColor);
        ReportOutput.Write(context.Console, outPath, stream => ReportOutput.Coverage(stream, context.Parse.GetValue(_format), report, colour));
        return Task.FromResult(ExitCode.Success);
    }

    /// <summary>
    /// Runs the same check and coverage over the content of sampled commits, each in a scratch
    /// folder with today's pipeline.json and glossary, deleted afterwards.
    /// </summary>
    private static List<HistoryPoint> History(CommandContext context, Configuration.PipelineConfig config, int points, CancellationToken cancellationToken)
    {
        IReadOnlyList<(string Commit, DateTimeOffset Time)> commits;
        try
        {
            commits = CoverageHistory.Commits(config, points, cancellationToken);
        }
        catch (History.GitUnavailableException ex)
        {
            throw new UsageException($"--history: {ex.Message}");
        }
        var scratch = Path.Combine(Path.GetTempPath(), "review-i18n-history", Guid.NewGuid().ToString("N"));
        var history = new List<HistoryPoint>(commits.Count);
        try
        {
            foreach (var (commit, time) in commits)
            {
                var folder = Path.Combine(scratch, commit);
                var configPath = CoverageHistory.Materialize(config, commit, folder, cancellationToken);
                using (var host = HostFactory.Build(context.Console with { CurrentDirectory = folder }, context.Global with { ConfigPath = configPath, Quiet = true, Verbose = false }))
                {
                    var result = host.Services.GetRequiredService<ReviewPipeline>().CheckWholeSite(cancellationToken);
                    history.Add(new HistoryPoint(commit, time, host.Services.GetRequiredService<CoverageCalculator>().Compute(result)));
                }
                Directory.Delete(folder, recursive: true);
                if (!context.Global.Quiet) context.Console.Error.WriteLine($"review-i18n: history {history.Count}/{commits.Count} ({time.UtcDateTime:yyyy-MM-dd})");
            }
        }
        finally
        {
            try
            {
                if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
            }
            catch (IOException)
            {
            }
        }
        return history;
    }
}
