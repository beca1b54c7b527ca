using ReviewI18n.Analysis;
using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Encodings;

namespace ReviewI18n.Checks.Encodings;

/// <summary>Reports the issues of some kinds from a document's encoding survey (one scan, made by the Analyze stage).</summary>
internal static class EncodingFindings
{
    public static void Report(SiteAnalysis analysis, ReviewDocument document, ICollection<Diagnostic> findings, params ReadOnlySpan<EncodingIssueKind> kinds)
    {
        foreach (var issue in analysis.Of(document).Encoding.Issues)
        {
            if (kinds.Contains(issue.Kind)) findings.Add(Findings.EncodingDamage.For(document, issue));
        }
    }
}
