using ReviewI18n.Analysis;
using ReviewI18n.Diagnostics;
using ReviewI18n.Facts;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Checks.Facts;

/// <summary>
/// <c>dangling-citation</c>: a marker <c>[n]</c> in a section's text whose number the document's
/// reference list lacks, in any locale (the source included): the reader has nothing to follow.
/// A document without a reference list is not judged: its markers may point to a list this
/// reader does not recognize, and fact-mismatch still compares them by number.
/// </summary>
public sealed class DanglingCitationCheck : IDocumentCheck
{
    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.DanglingCitation];

    public Analyses Reads => Analyses.References | Analyses.Facts;

    public void Check(Content.ReviewDocument document, SiteAnalysis analysis, ICollection<Diagnostic> findings)
    {
        if (document.Sections.Count == 0) return;
        var analysed = analysis.Of(document);
        var references = analysed.References;
        if (references.IsEmpty) return;
        var keyed = analysed.Sections;
        for (var i = 0; i < document.Sections.Count; i++)
        {
            foreach (var marker in analysed.Facts(i).Markers)
            {
                if (references.IsInEntry(marker.Offset) || references.Find(marker.Value) is not null) continue;
                findings.Add(Findings.Facts.DanglingCitation(document, keyed[i].Key, marker, references.Entries.Count));
            }
        }
    }
}
