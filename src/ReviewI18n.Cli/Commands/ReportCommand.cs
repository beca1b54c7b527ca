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
        command.Options.Add(_drift.NoCache);
        command.Options.Add(_out);
        command.Options.Add(_history);
        return command;
    }

    public Task<ExitCode> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        using var host = HostFactory.Build(context.Console, context.Global, _drift.Configure(context.Parse));
        var result = _drift.CheckWholeSite(host, context.Parse, cancellationToken);
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
    /// Coverage at sampled commits (see <see cref="CoverageHistory"/>), measured with one host whose
    /// checks read neither history nor a baseline store, as every point is measured alike.
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
        var noStore = Path.Combine(Path.GetTempPath(), "review-i18n-no-baseline", Guid.NewGuid().ToString("N"), "baseline.json");
        using var host = HostFactory.Build(context.Console, context.Global with { Quiet = true, Verbose = false }, services =>
            Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions.PostConfigure<Configuration.PipelineOptions>(services, o =>
            {
                o.History = "off";
                o.Baseline = noStore;
            }));
        var services = host.Services;
        return CoverageHistory.Measure(config, services.GetRequiredService<ReviewI18n.Analysis.Analyzer>(), services.GetRequiredService<ReviewI18n.Checks.CheckRunner>(), services.GetRequiredService<CoverageCalculator>(), commits,
            (done, time) =>
            {
                if (!context.Global.Quiet) context.Console.Error.WriteLine($"review-i18n: history {done}/{commits.Count} ({time.UtcDateTime:yyyy-MM-dd})");
            },
            cancellationToken);
    }
}
