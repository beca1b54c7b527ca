using ReviewI18n.Analysis;
using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Pairing;

namespace ReviewI18n.Checks.FrontMatter;

/// <summary><c>front-matter-invalid</c>, <c>required-field-missing</c> and <c>duplicate-key</c>.</summary>
public sealed class FrontMatterCheck : IDocumentCheck
{
    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.FrontMatterInvalid, Diagnostics.Rules.RequiredFieldMissing, Diagnostics.Rules.DuplicateKey];

    public void Check(ReviewDocument document, SiteAnalysis analysis, ICollection<Diagnostic> findings)
    {
        if (document.FrontMatterProblem is { } problem)
        {
            findings.Add(Findings.FrontMatter.FrontMatterInvalid(document, problem));
            return;
        }
        if (document.FrontMatter is not { } fm) return;
        if (fm["ref"] is { IsEmpty: false } reference && (reference.Scalar is not { } value || !IsPlainName(value)))
        {
            findings.Add(Findings.FrontMatter.RefInvalid(document, reference));
        }
        foreach (var ignored in fm.DuplicateFields)
        {
            findings.Add(Findings.FrontMatter.DuplicateKey(document, ignored, fm[ignored.Key]!));
        }
        foreach (var key in analysis.Site.Config.RequiredFields)
        {
            var field = fm[key];
            if (field is null || field.IsEmpty)
            {
                findings.Add(Findings.FrontMatter.RequiredFieldMissing(document, key, field is not null));
            }
        }
    }

    /// <summary>A ref names a page, never a path: no separators, no dot segments, no control characters.</summary>
    internal static bool IsPlainName(string value) =>
        value is not ("." or "..") && value.IndexOfAny(['/', '\\']) < 0 && !value.Any(char.IsControl) && value.Trim() == value;
}
