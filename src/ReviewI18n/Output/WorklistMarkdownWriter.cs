using ReviewI18n.Diagnostics;
using ReviewI18n.Reports;

namespace ReviewI18n.Output;

/// <summary>The worklist as Markdown: one heading per review, a list of items with the file and line, diffs in code blocks.</summary>
public sealed class WorklistMarkdownWriter(TextWriter output)
{
    public void Write(Worklist list)
    {
        output.WriteLine($"# Pending work for `{MarkdownText.Escape(list.Locale)}`");
        output.WriteLine();
        output.WriteLine(MarkdownText.Escape(WorklistTextWriter.Summary(list)));
        output.WriteLine();
        foreach (var review in list.Reviews)
        {
            output.WriteLine($"## {MarkdownText.Escape(review.Title)}");
            output.WriteLine();
            output.WriteLine($"{MarkdownText.Escape(review.Collection)} {MarkdownText.Code(review.Ref)}, company {MarkdownText.Escape(review.Company)}: {MarkdownText.Code(review.TranslationFile)}");
            output.WriteLine();
            foreach (var item in review.Items)
            {
                var where = item.Kind == WorkKind.MissingTranslation
                    ? $"create {MarkdownText.Code(review.TranslationFile)} from {MarkdownText.Code(review.SourceFile)} ({item.Size.Humanize()})"
                    : $"{MarkdownText.Code($"{item.File}:{item.Line}:{item.Column}")}";
                var what = item.Kind switch
                {
                    WorkKind.MissingTranslation => "",
                    WorkKind.StaleSection or WorkKind.UntranslatedSection or WorkKind.MissingSection =>
                        $": {MarkdownText.Escape(item.Heading ?? item.Section)}{(item.Size.IsEmpty ? "" : $" ({item.Size.Humanize()})")}",
                    _ => $": {MarkdownText.Escape(item.Message)}{(item.Size.IsEmpty ? "" : $" ({item.Size.Humanize()})")}",
                };
                output.WriteLine($"- **{item.Kind.Title()}** {where}{what}");
                if (item.Diff is { } diff)
                {
                    var fence = diff.Contains("```", StringComparison.Ordinal) ? "~~~~" : "```";
                    output.WriteLine();
                    output.WriteLine($"  {fence}text");
                    output.WriteLine($"  {TerminalText.Clean(diff).Replace(fence, "", StringComparison.Ordinal)}");
                    output.WriteLine($"  {fence}");
                }
            }
            output.WriteLine();
        }
    }
}
