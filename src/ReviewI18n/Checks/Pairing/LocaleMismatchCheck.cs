using ReviewI18n.Analysis;
using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Pairing;

namespace ReviewI18n.Checks.Pairing;

/// <summary>
/// <c>locale-mismatch</c>: <c>lang</c> must name the locale of the folder, and the permalink must
/// not carry another configured locale as a path segment.
/// </summary>
public sealed class LocaleMismatchCheck : IDocumentCheck
{
    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.LocaleMismatch];

    public void Check(ReviewDocument document, SiteAnalysis analysis, ICollection<Diagnostic> findings)
    {
        if (document.FrontMatter is not { } fm) return;
        if (fm["lang"] is { IsEmpty: false } lang && !string.Equals(lang.Scalar, document.Locale, StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(Findings.Pairing.LangMismatch(document, lang.Scalar));
        }
        if (fm.GetScalar("permalink") is { } permalink)
        {
            var segments = permalink.Split('/', StringSplitOptions.RemoveEmptyEntries);
            // The last segment is the ref; a ref may legitimately be a locale-like word.
            var other = segments.Take(Math.Max(segments.Length - 1, 0))
                .FirstOrDefault(s => s != document.Locale && analysis.Site.Config.Locales.Contains(s));
            if (other is not null)
            {
                findings.Add(Findings.Pairing.PermalinkLocaleMismatch(document, permalink, other));
            }
        }
    }
}
