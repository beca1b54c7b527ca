using ReviewI18n.Diagnostics;
namespace ReviewI18n.Reports;

/// <summary>The translator's worklist for one locale: reviews with work, most urgent first.</summary>
public sealed record Worklist(string Locale, string SourceLocale, IReadOnlyList<WorklistReview> Reviews)
{
    public IEnumerable<WorkItem> Items => Reviews.SelectMany(r => r.Items);

    public int Count(WorkKind kind) => Items.Count(i => i.Kind == kind);

    public JobSize Size => Reviews.Aggregate(JobSize.Zero, (sum, r) => sum + r.Size);
}
