using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReviewI18n.Diagnostics;
using ReviewI18n.Output;

namespace ReviewI18n.Cli.Commands;

/// <summary>Load, pair and check, then the findings a command shows after its filters, with their summary.</summary>
internal sealed record FindingRun(PipelineResult Result, IReadOnlyList<Diagnostic> Shown, DiagnosticSummary Summary)
{
    /// <summary>A run that keeps the loaded site, for commands that go on to sync or report.</summary>
    public static FindingRun Execute(IHost host, Func<Diagnostic, bool> filter, CancellationToken cancellationToken) =>
        Of(host.Services.GetRequiredService<ReviewPipeline>().CheckWholeSite(cancellationToken), filter);

    /// <summary>The findings of a run that kept the loaded site, after the command's filters.</summary>
    public static FindingRun Of(PipelineResult result, Func<Diagnostic, bool> filter)
    {
        var shown = result.Diagnostics.Where(filter).ToList();
        return new FindingRun(result, shown, DiagnosticSummary.Of(result with { Diagnostics = shown }));
    }

    /// <summary>Only the findings: a site of any size, read in batches when it is large (see <see cref="CheckBatching"/>); with <paramref name="useCache"/>, from the findings cache when nothing changed.</summary>
    public static (IReadOnlyList<Diagnostic> Shown, DiagnosticSummary Summary) Findings(IHost host, Func<Diagnostic, bool> filter, CancellationToken cancellationToken, bool useCache = false)
    {
        var findings = useCache
            ? host.Services.GetRequiredService<ReviewI18n.Cache.FindingCache>().Findings((files, problems) =>
                host.Services.GetRequiredService<ReviewPipeline>().FindingsInBatches(files, problems, cancellationToken))
            : host.Services.GetRequiredService<ReviewPipeline>().FindingsInBatches(cancellationToken);
        var shown = findings.Diagnostics.Where(filter).ToList();
        return (shown, DiagnosticSummary.Of(findings with { Diagnostics = shown }));
    }
}
