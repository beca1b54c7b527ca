using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ReviewI18n.Configuration;
using ReviewI18n.Xliff;

namespace ReviewI18n.Cli.Commands;

/// <summary><c>export</c>: the pending sections of one locale as XLIFF, for CAT tools.</summary>
public sealed class ExportCommand : ICliCommand
{
    private readonly WorkSelection _work = new();

    private readonly FindingOptions _drift = new();

    private readonly Option<ExportFormat> _format = new("--format", "-f") { Description = "xliff (XLIFF 2.1) or xliff12 (XLIFF 1.2, for older tools)", DefaultValueFactory = _ => ExportFormat.Xliff };

    private readonly Option<string?> _out = new("--out", "-o") { Description = "Write to this file instead of stdout" };

    public Command Build()
    {
        var command = new Command("export", "Write the pending sections of one locale as XLIFF for a CAT tool.");
        foreach (var option in new Option[] { _work.Locale, _format, _out, _work.Collection, _work.Company, _work.Rule, _work.Since, _drift.NoHistory, _drift.NoCache }) command.Options.Add(option);
        return command;
    }

    public Task<ExitCode> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        var filter = _work.Filter(parse);
        using var host = HostFactory.Build(context.Console, context.Global, _drift.Configure(parse));
        var config = host.Services.GetRequiredService<PipelineConfig>();
        var locale = _work.LocaleOf(parse, config);
        var result = _drift.CheckWholeSite(host, parse, cancellationToken);
        var units = host.Services.GetRequiredService<ExportPlanner>().Plan(result, locale, filter);
        ReportOutput.Write(context.Console, parse.GetValue(_out), stream => XliffWriter.Write(stream, units, config.SourceLocale, locale, parse.GetValue(_format) == ExportFormat.Xliff12));
        if (!context.Global.Quiet) context.Console.Error.WriteLine($"review-i18n: exported {units.Count} section{(units.Count == 1 ? "" : "s")} in {units.Select(u => u.Pair.Translation.RelativePath).Distinct().Count()} files.");
        return Task.FromResult(ExitCode.Success);
    }
}

public enum ExportFormat
{
    Xliff,
    Xliff12,
}
