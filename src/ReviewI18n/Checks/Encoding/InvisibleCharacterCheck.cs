using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Encodings;
using ReviewI18n.Pairing;

namespace ReviewI18n.Checks.Encodings;

/// <summary>Characters that show nothing: <c>bidi-control</c> and <c>invisible-character</c>.</summary>
public sealed class InvisibleCharacterCheck(EncodingAnalyzer analyzer) : IDocumentCheck
{
    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.BidiControl, Diagnostics.Rules.InvisibleCharacter];

    public void Check(ReviewDocument document, SiteModel site, ICollection<Diagnostic> findings) =>
        EncodingFindings.Report(analyzer, document, findings, EncodingIssueKind.BidiControl, EncodingIssueKind.InvisibleCharacter);
}
