using ReviewI18n.Analysis;
using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Encodings;
using ReviewI18n.Pairing;

namespace ReviewI18n.Checks.Encodings;

/// <summary>How the file is written rather than what it says: <c>byte-order-mark</c>, <c>mixed-line-endings</c>, <c>not-nfc</c>.</summary>
public sealed class FileFormCheck : IDocumentCheck
{
    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.ByteOrderMark, Diagnostics.Rules.MixedLineEndings, Diagnostics.Rules.NotNfc];

    public Analyses Reads => Analyses.Encoding;

    public void Check(ReviewDocument document, SiteAnalysis analysis, ICollection<Diagnostic> findings) =>
        EncodingFindings.Report(analysis, document, findings, EncodingIssueKind.ByteOrderMark, EncodingIssueKind.MixedLineEndings, EncodingIssueKind.NotNfc);
}
