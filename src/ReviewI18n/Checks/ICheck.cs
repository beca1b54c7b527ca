using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Pairing;

namespace ReviewI18n.Checks;

/// <summary>
/// A check reads the model and reports findings; it never changes anything. Each check is one
/// class, found and registered by <see cref="CheckRegistration"/>: adding a check is adding a file.
/// </summary>
public interface ICheck
{
    /// <summary>The rules this check can report; a check whose rules are all off is not run.</summary>
    IReadOnlyList<Rule> Rules { get; }
}

/// <summary>A check of one document on its own. Run in parallel over documents.</summary>
public interface IDocumentCheck : ICheck
{
    void Check(ReviewDocument document, SiteModel site, ICollection<Diagnostic> findings);
}

/// <summary>A check of a source document against one translation. Run in parallel over pairs.</summary>
public interface IPairCheck : ICheck
{
    void Check(DocumentPair pair, SiteModel site, ICollection<Diagnostic> findings);
}

/// <summary>A check that needs the whole site at once.</summary>
public interface ISiteCheck : ICheck
{
    void Check(SiteModel site, ICollection<Diagnostic> findings);
}

/// <summary>
/// A pair check with site-wide work to do first (drift reads git history). The runner starts it
/// on a thread of its own while the document checks run, and waits for it before the pair checks.
/// </summary>
public interface IPreparesSite
{
    void Prepare(SiteModel site, CancellationToken cancellationToken);
}
