using ReviewI18n.Analysis;
using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Encodings;
using ReviewI18n.Pairing;

namespace ReviewI18n.Checks.Encodings;

/// <summary>Letters that do not belong: <c>unexpected-script</c> and <c>mixed-script-word</c> (homoglyphs).</summary>
public sealed class ScriptCheck : IDocumentCheck
{
    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.UnexpectedScript, Diagnostics.Rules.MixedScriptWord];

    public Analyses Reads => Analyses.Encoding;

    public void Check(ReviewDocument document, SiteAnalysis analysis, ICollection<Diagnostic> findings) =>
        EncodingFindings.Report(analysis, document, findings, EncodingIssueKind.UnexpectedScript, EncodingIssueKind.MixedScriptWord);
}
