using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Encodings;
using ReviewI18n.Pairing;

namespace ReviewI18n.Checks.Encodings;

/// <summary>Letters that do not belong: <c>unexpected-script</c> and <c>mixed-script-word</c> (homoglyphs).</summary>
public sealed class ScriptCheck(EncodingAnalyzer analyzer) : IDocumentCheck
{
    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.UnexpectedScript, Diagnostics.Rules.MixedScriptWord];

    public void Check(ReviewDocument document, SiteModel site, ICollection<Diagnostic> findings) =>
        EncodingFindings.Report(analyzer, document, findings, EncodingIssueKind.UnexpectedScript, EncodingIssueKind.MixedScriptWord);
}
