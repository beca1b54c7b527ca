using ReviewI18n.Diagnostics;
using System.Globalization;
using ReviewI18n.Reports;

namespace ReviewI18n.Output.Html;

/// <summary>
/// The worklist as one self-contained HTML page: a sortable table of the reviews with work (so a
/// translator can pick by size or company), then each review with its items and diffs.
/// </summary>
public sealed class WorklistHtmlWriter(TextWriter output)
{
    public void Write(Worklist list, DateTimeOffset generated)
    {
        HtmlPage.Begin(output, $"Pending work for {list.Locale}");
        output.WriteLine($"<p id=\"summary\">{Html.Text(WorklistTextWriter.Summary(list))}</p>");
        output.WriteLine($"<p class=\"muted\">Generated {Html.Text(generated.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))}. Most urgent first.</p>");
        output.WriteLine("<table class=\"sortable\" id=\"reviews\"><thead><tr>"
            + HtmlPage.SortHeader("#", true) + HtmlPage.SortHeader("Review") + HtmlPage.SortHeader("Company") + HtmlPage.SortHeader("Most urgent")
            + HtmlPage.SortHeader("Items", true) + HtmlPage.SortHeader("Words", true) + HtmlPage.SortHeader("Characters", true) + "</tr></thead><tbody>");
        for (var i = 0; i < list.Reviews.Count; i++)
        {
            var r = list.Reviews[i];
            var size = r.Size;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<tr><td class=\"n\" data-sort=\"{i + 1}\">{i + 1}</td><td><a href=\"#r{i + 1}\">{Html.Text(r.Title)}</a></td><td>{Html.Text(r.Company)}</td><td data-sort=\"{(int)r.Urgency}\">{Html.Text(r.Urgency.Title())}</td><td class=\"n\" data-sort=\"{r.Items.Count}\">{r.Items.Count}</td><td class=\"n\" data-sort=\"{size.Words}\">{size.Words:N0}</td><td class=\"n\" data-sort=\"{size.Characters}\">{size.Characters:N0}</td></tr>"));
        }
        output.WriteLine("</tbody></table>");

        for (var i = 0; i < list.Reviews.Count; i++)
        {
            var r = list.Reviews[i];
            output.WriteLine($"<section class=\"review\" id=\"r{i + 1}\"><h3>{Html.Text(r.Title)}</h3>");
            output.WriteLine($"<p class=\"muted\">{Html.Text(r.Collection)} <code>{Html.Text(r.Ref)}</code> · {Html.Text(r.Company)} · <code>{Html.Text(r.TranslationFile)}</code></p><ul>");
            foreach (var item in r.Items) Item(r, item);
            output.WriteLine("</ul></section>");
        }
        HtmlPage.End(output);
    }

    private void Item(WorklistReview review, WorkItem item)
    {
        output.Write($"<li class=\"item {item.Kind.ToName()}\"><span class=\"kind\">{Html.Text(item.Kind.Title())}</span> ");
        if (item.Kind == WorkKind.MissingTranslation)
        {
            output.Write($"create <code>{Html.Text(review.TranslationFile)}</code> from <code>{Html.Text(review.SourceFile)}</code> ({Html.Text(item.Size.Humanize())})");
        }
        else
        {
            output.Write($"<code>{Html.Text($"{item.File}:{item.Line}:{item.Column}")}</code> ");
            output.Write(item.Kind is WorkKind.StaleSection or WorkKind.UntranslatedSection or WorkKind.MissingSection
                ? $"{Html.Text(item.Heading ?? item.Section)}{(item.Size.IsEmpty ? "" : $" ({Html.Text(item.Size.Humanize())})")}"
                : Html.Text(item.Message) + (item.Size.IsEmpty ? "" : $" ({Html.Text(item.Size.Humanize())})"));
        }
        if (item.Diff is { } diff)
        {
            output.Write("<span class=\"diff\">");
            foreach (var (kind, text) in DiffMarks.Parse(diff))
            {
                output.Write(kind switch
                {
                    DiffMarks.Kind.Removed => $"<del>{Html.Text(text)}</del>",
                    DiffMarks.Kind.Added => $"<ins>{Html.Text(text)}</ins>",
                    _ => Html.Text(text),
                });
            }
            output.Write("</span>");
        }
        output.WriteLine("</li>");
    }
}
