using ReviewI18n.Analysis;
using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Encodings;
using ReviewI18n.Pairing;

namespace ReviewI18n.Checks.Encodings;

/// <summary>Characters that show nothing: <c>bidi-control</c> and <c>invisible-character</c>.</summary>
public sealed class InvisibleCharacterCheck : IDocumentCheck
{
    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.BidiControl, Diagnostics.Rules.InvisibleCharacter];

    public Analyses Reads => Analyses.Encoding;

    public void Check(ReviewDocument document, SiteAnalysis analysis, ICollection<Diagnostic> findings) =>
        EncodingFindings.Report(analysis, document, findings, EncodingIssueKind.BidiControl, EncodingIssueKind.InvisibleCharacter);
}
