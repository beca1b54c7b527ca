using ReviewI18n.Analysis;
using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Pairing;

namespace ReviewI18n.Checks;

/// <summary>
/// A check reads the analysed site (<see cref="SiteAnalysis"/>) and reports findings; it never
/// changes anything and derives nothing another check could need: that is the analysis's. Each check is one
/// class, found and registered by <see cref="CheckRegistration"/>: adding a check is adding a file.
/// </summary>
public interface ICheck
{
    /// <summary>The rules this check can report; a check whose rules are all off is not run.</summary>
    IReadOnlyList<Rule> Rules { get; }

    /// <summary>
    /// The optional parts of the analysis it reads (section keys, drift sections and alignments
    /// are always there): the Analyze stage computes what the enabled checks read, and only that.
    /// </summary>
    Analyses Reads => Analyses.None;
}

/// <summary>A check of one document on its own. Run in parallel over documents.</summary>
public interface IDocumentCheck : ICheck
{
    void Check(ReviewDocument document, SiteAnalysis analysis, ICollection<Diagnostic> findings);
}

/// <summary>A check of a source document against one translation. Run in parallel over pairs.</summary>
public interface IPairCheck : ICheck
{
    void Check(DocumentPair pair, SiteAnalysis analysis, ICollection<Diagnostic> findings);
}

/// <summary>A check that needs the whole site at once.</summary>
public interface ISiteCheck : ICheck
{
    void Check(SiteAnalysis analysis, ICollection<Diagnostic> findings);
}
