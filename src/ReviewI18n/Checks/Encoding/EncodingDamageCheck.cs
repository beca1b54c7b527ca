using ReviewI18n.Analysis;
using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Encodings;
using ReviewI18n.Pairing;

// Plural for the same reason as ReviewI18n.Encodings: ReviewI18n.Checks.Encoding would hide
// System.Text.Encoding from every check.
namespace ReviewI18n.Checks.Encodings;

/// <summary>Damage from earlier conversions: <c>invalid-utf8</c>, <c>replacement-character</c>, <c>mojibake</c>, <c>control-character</c>.</summary>
public sealed class EncodingDamageCheck : IDocumentCheck
{
    public IReadOnlyList<Rule> Rules { get; } =
        [Diagnostics.Rules.InvalidUtf8, Diagnostics.Rules.ReplacementCharacter, Diagnostics.Rules.Mojibake, Diagnostics.Rules.ControlCharacter];

    public Analyses Reads => Analyses.Encoding;

    public void Check(ReviewDocument document, SiteAnalysis analysis, ICollection<Diagnostic> findings) =>
        EncodingFindings.Report(analysis, document, findings,
            EncodingIssueKind.InvalidUtf8, EncodingIssueKind.ReplacementCharacter, EncodingIssueKind.Mojibake, EncodingIssueKind.ControlCharacter);
}
