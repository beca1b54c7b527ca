using ReviewI18n.Diagnostics;

namespace ReviewI18n.Output;

/// <summary>Counts of a check run, as the JSON contract's <c>summary</c> and the text footer show them.</summary>
public sealed record DiagnosticSummary(int Documents, int Pairs, int Errors, int Warnings, int Infos)
{
    /// <summary>Findings the suppressions file accepts: not shown, not counted above, not failing the run.</summary>
    public int Suppressed { get; init; }

    public static DiagnosticSummary Of(PipelineResult result) => Of(result.Site.Documents.Count, result.Site.Pairs.Count, result.Diagnostics);

    public static DiagnosticSummary Of(CheckFindings findings) => Of(findings.Documents, findings.Pairs, findings.Diagnostics);

    public static DiagnosticSummary Of(int documents, int pairs, IReadOnlyList<Diagnostic> diagnostics) => new(
        documents,
        pairs,
        diagnostics.Count(d => d.Severity == Severity.Error),
        diagnostics.Count(d => d.Severity == Severity.Warning),
        diagnostics.Count(d => d.Severity == Severity.Info));
}
