using ReviewI18n.Diagnostics;
using Humanizer;
using ReviewI18n.Reports;

namespace ReviewI18n.Output;

/// <summary>
/// The worklist for a terminal: a summary line, then each review with the file and line to open
/// and its items; a stale section's diff in red and green when colour is on, with its marks otherwise.
/// </summary>
public sealed class WorklistTextWriter(TextWriter output, bool colour)
{
    public void Write(Worklist list)
    {
        output.WriteLine(Paint($"Pending work for {TerminalText.Clean(list.Locale)}: {Summary(list)}", "\u001b[1m"));
        output.WriteLine();
        foreach (var review in list.Reviews)
        {
            output.WriteLine(Paint($"{TerminalText.Clean(review.Title)}", "\u001b[1m") + Paint($"  ({review.Collection}/{TerminalText.Clean(review.Ref)}, {TerminalText.Clean(review.Company)})", "\u001b[2m"));
            foreach (var item in review.Items)
            {
                var place = item.Kind == WorkKind.MissingTranslation
                    ? $"{TerminalText.Clean(review.TranslationFile)} (new; translate {TerminalText.Clean(review.SourceFile)})"
                    : $"{TerminalText.Clean(item.File)}:{item.Line}:{item.Column}";
                output.WriteLine($"  {Paint(item.Kind.Title(), KindColour(item.Kind))}  {place}");
                var detail = item.Kind switch
                {
                    WorkKind.MissingTranslation => item.Size.Humanize(),
                    WorkKind.StaleSection or WorkKind.UntranslatedSection or WorkKind.MissingSection =>
                        $"{TerminalText.Clean(item.Heading ?? item.Section)}{(item.Size.IsEmpty ? "" : ", " + item.Size.Humanize())}",
                    _ => TerminalText.Clean(item.Message) + (item.Size.IsEmpty ? "" : $" ({item.Size.Humanize()})"),
                };
                output.WriteLine($"      {detail}");
                if (item.Diff is { } diff) output.WriteLine($"      {Diff(diff)}");
            }
            output.WriteLine();
        }
    }

    public static string Summary(Worklist list)
    {
        if (list.Reviews.Count == 0) return "nothing to do.";
        var parts = new List<string>();
        foreach (var kind in Enum.GetValues<WorkKind>())
        {
            var n = list.Count(kind);
            if (n > 0) parts.Add(Noun(kind).ToQuantity(n));
        }
        return $"{"review".ToQuantity(list.Reviews.Count)}: {string.Join(", ", parts)}; {list.Size.Humanize()} to translate.";
    }

    private static string Noun(WorkKind kind) => kind switch
    {
        WorkKind.MissingTranslation => "untranslated review",
        WorkKind.StaleSection => "stale section",
        WorkKind.UntranslatedSection => "untranslated section",
        WorkKind.UntranslatedField => "untranslated field",
        WorkKind.MissingSection => "missing section",
        WorkKind.FactMismatch => "fact mismatch",
        _ => "encoding finding",
    };

    private string Diff(string diff)
    {
        if (!colour) return TerminalText.Clean(diff);
        var builder = new System.Text.StringBuilder();
        foreach (var (kind, text) in DiffMarks.Parse(diff))
        {
            var clean = TerminalText.Clean(text);
            builder.Append(kind switch
            {
                DiffMarks.Kind.Removed => Paint(clean, "\u001b[31;9m"),
                DiffMarks.Kind.Added => Paint(clean, "\u001b[32m"),
                _ => clean,
            });
        }
        return builder.ToString();
    }

    private string Paint(string text, string code) => colour ? code + text + "\u001b[0m" : text;

    private static string KindColour(WorkKind kind) => kind switch
    {
        WorkKind.MissingTranslation or WorkKind.StaleSection => "\u001b[31m",
        WorkKind.UntranslatedSection or WorkKind.UntranslatedField or WorkKind.MissingSection => "\u001b[33m",
        _ => "\u001b[36m",
    };
}
