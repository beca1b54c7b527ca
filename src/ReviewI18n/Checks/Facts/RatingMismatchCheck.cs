using ReviewI18n.Analysis;
using System.Globalization;
using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Facts;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Checks.Facts;

/// <summary>
/// <c>rating-mismatch</c>, inside one document: each scored section's score line must equal its
/// place in the front-matter <c>rating</c> array (the glossary says which place), and
/// <c>rating[0]</c> must be the sum of the others to one decimal.
/// </summary>
public sealed class RatingMismatchCheck : IDocumentCheck
{
    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.RatingMismatch];

    public Analyses Reads => Analyses.Facts;

    public void Check(ReviewDocument document, SiteAnalysis analysis, ICollection<Diagnostic> findings)
    {
        if (document.FrontMatter?["rating"]?.Items is not { Count: > 1 } items) return;
        var rating = new decimal?[items.Count];
        for (var i = 0; i < items.Count; i++) rating[i] = NumberText.Parse(items[i]);

        var complete = true;
        foreach (var r in rating) complete &= r is not null;
        if (complete)
        {
            var sum = 0m;
            for (var i = 1; i < rating.Length; i++) sum += rating[i]!.Value;
            sum = Math.Round(sum, 1, MidpointRounding.AwayFromZero);
            if (Math.Round(rating[0]!.Value, 1, MidpointRounding.AwayFromZero) != sum)
            {
                findings.Add(Findings.Facts.RatingTotal(document, Show(rating[0]!.Value), Show(sum)));
            }
        }

        var analysed = analysis.Of(document);
        foreach (var section in analysed.Sections)
        {
            if (section.Entry?.RatingIndex is not { } index || index >= rating.Length || rating[index] is not { } expected) continue;
            if (analysed.Facts(section.Index).Score is not { } score || NumberText.Parse(score.Value) is not { } value) continue;
            if (value != expected)
            {
                findings.Add(Findings.Facts.SectionScoreVsRating(document, section.Key, score, index, Show(expected)));
            }
        }
    }

    private static string Show(decimal value) => value.ToString("0.0##", CultureInfo.InvariantCulture);
}
