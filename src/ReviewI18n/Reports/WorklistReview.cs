using ReviewI18n.Diagnostics;
namespace ReviewI18n.Reports;

/// <summary>
/// The work on one review: what it is (title, company, files) and its items, most urgent first.
/// <see cref="TranslationFile"/> is where the translation is, or where a new one belongs.
/// </summary>
public sealed record WorklistReview(
    string Collection,
    string Ref,
    string Company,
    string Title,
    DateOnly? Date,
    string? SourceFile,
    string TranslationFile,
    IReadOnlyList<WorkItem> Items)
{
    public WorkKind Urgency => Items.Min(i => i.Kind);

    public JobSize Size => Items.Aggregate(JobSize.Zero, (sum, i) => sum + i.Size);
}
