using ReviewI18n.Analysis;
using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Pairing;

namespace ReviewI18n.Checks.Pairing;

/// <summary>
/// <c>ref-mismatch</c>: the file name stem, the <c>ref</c> and the permalink's last segment must be
/// the same string (case counts: Jekyll URLs and refs are case-sensitive).
/// </summary>
public sealed class RefMismatchCheck : IDocumentCheck
{
    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.RefMismatch];

    public void Check(ReviewDocument document, SiteAnalysis analysis, ICollection<Diagnostic> findings)
    {
        if (document.FrontMatter is not { } fm) return;
        var reference = document.Ref;
        var permalink = fm.GetScalar("permalink");
        var slug = permalink is null ? null : LastSegment(permalink);
        var stem = document.Stem;
        var agree = (reference is null || reference == stem) && (slug is null || slug == (reference ?? stem));
        if (!agree)
        {
            findings.Add(Findings.Pairing.RefMismatch(document, reference, stem, slug));
        }
    }

    internal static string LastSegment(string permalink)
    {
        var trimmed = permalink.Trim().TrimEnd('/');
        var cut = trimmed.LastIndexOf('/');
        var last = cut < 0 ? trimmed : trimmed[(cut + 1)..];
        return last.EndsWith(".html", StringComparison.Ordinal) ? last[..^5] : last;
    }
}
