using ReviewI18n.Diagnostics;

namespace ReviewI18n.Reports;

/// <summary>
/// One thing a translator has to do, at the file and line to open. <see cref="Diff"/> is the
/// source change of a stale section (<c>[-old-]</c>/<c>{+new+}</c> marks); <see cref="Size"/>
/// the size of the source text to translate, when the item is a translation job.
/// </summary>
public sealed record WorkItem(
    WorkKind Kind,
    Diagnostic Finding,
    string? Heading,
    string? Diff,
    JobSize Size)
{
    public string File => Finding.File;

    public int Line => Finding.Line;

    public int Column => Finding.Column;

    public string? Section => Finding.Section;

    public string Message => Finding.Message;
}
