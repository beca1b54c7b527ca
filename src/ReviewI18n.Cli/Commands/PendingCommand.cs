using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReviewI18n.Configuration;
using ReviewI18n.Diagnostics;
using ReviewI18n.Output;
using ReviewI18n.Output.Html;
using ReviewI18n.Reports;

namespace ReviewI18n.Cli.Commands;

/// <summary><c>pending</c>: the translator's worklist for one locale, most urgent first.</summary>
public sealed class PendingCommand : ICliCommand
{
    private readonly Option<string?> _locale = new("--locale", "-l") { Description = "The locale to list work for (default: the only target locale)" };

    private readonly FindingOptions _drift = new();

    private readonly Option<ReportFormat> _format = new("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => ReportFormat.Text };

    private readonly Option<string?> _out = new("--out", "-o") { Description = "Write to this file instead of stdout" };

    private readonly Option<string[]> _collection = new("--collection") { Description = "Only these collections", AllowMultipleArgumentsPerToken = true };

    private readonly Option<string[]> _company = new("--company") { Description = "Only reviews of these companies", AllowMultipleArgumentsPerToken = true };

    private readonly Option<string[]> _rule = new("--rule") { Description = "Only work from these rules", AllowMultipleArgumentsPerToken = true };

    private readonly Option<string?> _since = new("--since") { Description = "Only reviews whose source date is on or after this day (yyyy-MM-dd)" };

    public Command Build()
    {
        var command = new Command("pending", "List what translators of one locale have to do, most urgent first.");
        foreach (var option in new Option[] { _locale, _format, _out, _collection, _company, _rule, _since, _drift.NoHistory }) command.Options.Add(option);
        return command;
    }

    public Task<ExitCode> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        var filter = Filter(parse);
        using var host = HostFactory.Build(context.Console, context.Global, _drift.Configure(context.Parse));
        var config = host.Services.GetRequiredService<PipelineConfig>();
        var locale = Locale(parse, config);
        var result = host.Services.GetRequiredService<ReviewPipeline>().CheckWholeSite(cancellationToken);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var list = host.Services.GetRequiredService<WorklistBuilder>().Build(result, locale, filter);
        host.Services.GetRequiredService<ILogger<PendingCommand>>().LogDebug("Worklist computed in {Elapsed:F0} ms", System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        var outPath = parse.GetValue(_out);
        var colour = outPath is null && context.Console.UseColour(context.Global.NoColor);
        ReportOutput.Write(context.Console, outPath, stream => ReportOutput.Worklist(stream, parse.GetValue(_format), list, colour));
        return Task.FromResult(ExitCode.Success);
    }

    private string Locale(ParseResult parse, PipelineConfig config)
    {
        var targets = config.TargetLocales.ToList();
        if (parse.GetValue(_locale) is { } given)
        {
            return targets.Contains(given) ? given
                : throw new UsageException($"--locale: '{given}' is not a target locale (target locales: {string.Join(", ", targets)})");
        }
        return targets.Count == 1 ? targets[0]
            : throw new UsageException($"--locale is needed: the site has several target locales ({string.Join(", ", targets)})");
    }

    private WorklistFilter Filter(ParseResult parse)
    {
        var rules = parse.GetValue(_rule) ?? [];
        foreach (var name in rules)
        {
            if (Rules.Find(name) is not { } rule) throw new UsageException($"--rule: unknown rule '{name}'");
            if (rule.Work is null) throw new UsageException($"--rule: '{name}' is not translator work; see 'check --rule {name}'");
        }
        DateOnly? since = null;
        if (parse.GetValue(_since) is { } text)
        {
            since = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw new UsageException($"--since: '{text}' is not a date like 2025-08-14");
        }
        return new WorklistFilter(
            (parse.GetValue(_collection) ?? []).ToHashSet(StringComparer.Ordinal),
            (parse.GetValue(_company) ?? []).ToHashSet(StringComparer.Ordinal),
            rules.ToHashSet(StringComparer.Ordinal),
            since);
    }
}
