using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Encodings;

namespace ReviewI18n.Checks.Encodings;

/// <summary>Reports the issues of some kinds from a document's (cached) encoding analysis.</summary>
internal static class EncodingFindings
{
    public static void Report(EncodingAnalyzer analyzer, ReviewDocument document, ICollection<Diagnostic> findings, params ReadOnlySpan<EncodingIssueKind> kinds)
    {
        var analysis = analyzer.Analyze(document);
        foreach (var issue in analysis.Issues)
        {
            if (kinds.Contains(issue.Kind)) findings.Add(Findings.EncodingDamage.For(document, issue));
        }
    }
}
