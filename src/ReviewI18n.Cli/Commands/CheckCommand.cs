using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ReviewI18n.Configuration;
using ReviewI18n.Diagnostics;
using ReviewI18n.History;
using ReviewI18n.Output;
using ReviewI18n.Suppressions;

namespace ReviewI18n.Cli.Commands;

/// <summary>
/// <c>check</c>: the findings, for people (<c>text</c>, <c>markdown</c>), machines (<c>json</c>) and
/// CI (<c>sarif</c>, <c>github</c>, <c>gitlab</c>). Findings the suppressions file accepts are left
/// out and counted; <c>--changed-since</c> narrows them to what a change is answerable for.
/// </summary>
public sealed class CheckCommand : ICliCommand
{
    private readonly FindingOptions _findings = new();

    private readonly Option<CheckFormat> _format = new("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => CheckFormat.Text };

    private readonly Option<bool> _suppressAll = new("--suppress-all") { Description = "Record every current finding in the suppressions file; later checks leave them out" };

    private readonly Option<bool> _prune = new("--prune-suppressions") { Description = "Drop suppressions that match no finding any more" };

    private readonly Option<bool> _showSuppressed = new("--show-suppressed") { Description = "Print suppressed findings too, marked" };

    private readonly Option<string?> _changedSince = new("--changed-since") { Description = "Only what a change since this git revision is answerable for: findings in the files it touched and the translations it makes stale, missing or orphaned" };

    private readonly Option<string?> _sarifBaseline = new("--sarif-baseline") { Description = "A previous SARIF log or suppressions file: results get baselineState new, unchanged or absent" };

    public Command Build()
    {
        var command = new Command("check", "Report what translators and maintainers must fix.");
        command.Options.Add(_format);
        _findings.AddTo(command);
        command.Options.Add(_suppressAll);
        command.Options.Add(_prune);
        command.Options.Add(_showSuppressed);
        command.Options.Add(_changedSince);
        command.Options.Add(_sarifBaseline);
        command.Options.Add(_findings.NoCache);
        return command;
    }

    public Task<ExitCode> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        var filter = _findings.Filter(parse);
        if ((parse.GetValue(_suppressAll) || parse.GetValue(_prune))
            && (parse.GetValue(_changedSince) is { Length: > 0 } || parse.GetValue(_findings.Rule) is { Length: > 0 } || parse.GetValue(_findings.Locale) is { Length: > 0 }))
        {
            // The file records the whole site: written from a part, it would lose the rest.
            throw new UsageException("--suppress-all and --prune-suppressions record the whole site; leave out --changed-since, --rule and --locale");
        }
        if (parse.GetValue(_sarifBaseline) is { Length: > 0 }
            && (parse.GetValue(_changedSince) is { Length: > 0 } || parse.GetValue(_findings.Rule) is { Length: > 0 } || parse.GetValue(_findings.Locale) is { Length: > 0 }))
        {
            // The baseline holds the whole site: against a part of it, everything else would look fixed.
            throw new UsageException("--sarif-baseline compares the whole site; leave out --changed-since, --rule and --locale");
        }
        using var host = HostFactory.Build(context.Console, context.Global, _findings.Configure(parse));
        var config = host.Services.GetRequiredService<PipelineConfig>();
        var useCaches = _findings.UseCaches(host, parse);
        var console = context.Console;
        var suppressionsShown = config.Relative(config.SuppressionsPath);

        // Read the suppressions and the change first: a bad file or revision fails before the site is checked.
        var entries = SuppressionFile.Load(config.SuppressionsPath, suppressionsShown);
        var changed = parse.GetValue(_changedSince) is { Length: > 0 } since ? ChangedFiles.Since(config.Root, since, cancellationToken) : null;
        var baseline = parse.GetValue(_sarifBaseline) is { Length: > 0 } baselinePath
            ? SarifBaseline.Load(Path.GetFullPath(Path.Combine(console.CurrentDirectory, baselinePath)), baselinePath)
            : null;

        IReadOnlyList<Diagnostic> all;
        DiagnosticSummary summary;
        ChangeScope? scope = null;
        if (changed is not null)
        {
            var run = FindingRun.Execute(host, filter, cancellationToken);
            scope = ChangeScope.Of(run.Result.Site, run.Shown, changed);
            (all, summary) = (scope.Findings, run.Summary);
        }
        else
        {
            (all, summary) = FindingRun.Findings(host, filter, cancellationToken, useCache: useCaches);
        }

        if (parse.GetValue(_suppressAll))
        {
            SuppressionFile.Save(config.SuppressionsPath, SuppressionFile.For(all));
            if (!context.Global.Quiet) console.Error.WriteLine($"review-i18n: recorded {all.Count} findings in {suppressionsShown}; later checks leave them out.");
            entries = SuppressionFile.Load(config.SuppressionsPath, suppressionsShown);
        }
        var match = SuppressionMatch.Apply(all, entries);
        if (parse.GetValue(_prune))
        {
            SuppressionFile.Save(config.SuppressionsPath, match.Matched);
            if (!context.Global.Quiet) console.Error.WriteLine($"review-i18n: dropped {match.Unmatched.Sum(u => u.Count)} suppressions that match nothing from {suppressionsShown}.");
        }
        else if (match.Unmatched.Count > 0 && changed is null && !context.Global.Quiet)
        {
            console.Error.WriteLine($"review-i18n: {match.Unmatched.Sum(u => u.Count)} suppressions in {suppressionsShown} match nothing (fixed, or edited by hand); 'check --prune-suppressions' drops them.");
        }

        var shown = match.Shown;
        summary = DiagnosticSummary.Of(summary.Documents, summary.Pairs, shown) with { Suppressed = match.Suppressed.Count };
        if (scope is not null) scope = scope with { Findings = shown };
        var printed = parse.GetValue(_showSuppressed) ? Marked(shown, match.Suppressed) : shown;
        switch (parse.GetValue(_format))
        {
            case CheckFormat.Json:
                WriteBuffered(console, buffer => JsonDiagnosticWriter.Write(buffer, printed, summary));
                break;
            case CheckFormat.Sarif:
                WriteBuffered(console, buffer => SarifWriter.Write(buffer, shown, new SarifExtras(match.Suppressed, baseline)));
                break;
            case CheckFormat.GitLab:
                WriteBuffered(console, buffer => GitLabCodeQualityWriter.Write(buffer, shown));
                break;
            case CheckFormat.GitHub:
                new GitHubAnnotationWriter(console.Out).Write(printed, summary);
                break;
            case CheckFormat.Markdown when scope is not null:
                new ChangeSummaryWriter(console.Out, ChangeSummaryWriter.Links(console.Environment!, changed!.RepositoryPrefix)).Write(scope, config.SourceLocale, summary);
                break;
            case CheckFormat.Markdown:
                new MarkdownDiagnosticWriter(console.Out).Write(printed, summary);
                break;
            default:
                new TextDiagnosticWriter(console.Out, console.UseColour(context.Global.NoColor)).Write(printed, summary);
                break;
        }
        StepSummary.Append(console, shown, summary, scope, config.SourceLocale);
        return Task.FromResult(parse.GetValue(_findings.FailOn).Fails(shown) ? ExitCode.Findings : ExitCode.Success);
    }

    /// <summary>Shown and suppressed findings in file order, the suppressed ones marked in their message.</summary>
    private static List<Diagnostic> Marked(IReadOnlyList<Diagnostic> shown, IReadOnlyList<Diagnostic> suppressed) =>
        [.. shown.Concat(suppressed.Select(d => d with { Message = "[suppressed] " + d.Message, Data = With(d.Data, "suppressed", "true") })).OrderBy(d => d, Diagnostic.Order)];

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string>? data, string key, string value)
    {
        var copy = data is null ? new Dictionary<string, string>(StringComparer.Ordinal) : new Dictionary<string, string>(data, StringComparer.Ordinal);
        copy[key] = value;
        return copy;
    }

    private static void WriteBuffered(CliConsole console, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        console.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}

public enum CheckFormat
{
    Text,
    Json,
    Sarif,
    GitHub,
    Markdown,
    GitLab,
}
