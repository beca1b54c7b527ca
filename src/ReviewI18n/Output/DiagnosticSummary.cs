using ReviewI18n.Diagnostics;

namespace ReviewI18n.Output;

/// <summary>Counts of a check run, as the JSON contract's <c>summary</c> and the text footer show them.</summary>
public sealed record DiagnosticSummary(int Documents, int Pairs, int Errors, int Warnings, int Infos)
{
    public static DiagnosticSummary Of(PipelineResult result) => new(
        result.Site.Documents.Count,
        result.Site.Pairs.Count,
        result.Diagnostics.Count(d => d.Severity == Severity.Error),
        result.Diagnostics.Count(d => d.Severity == Severity.Warning),
        result.Diagnostics.Count(d => d.Severity == Severity.Info));
}
