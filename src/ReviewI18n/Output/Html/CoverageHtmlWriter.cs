using System.Globalization;
using ReviewI18n.Reports;

namespace ReviewI18n.Output.Html;

/// <summary>
/// The coverage report as one self-contained HTML page: inline SVG charts of coverage per locale
/// and per collection, then sortable tables per locale.
/// </summary>
public sealed class CoverageHtmlWriter(TextWriter output)
{
    public void Write(CoverageReport report, DateTimeOffset generated)
    {
        HtmlPage.Begin(output, "Translation coverage");
        output.WriteLine($"<p class=\"muted\">Source locale <code>{Html.Text(report.SourceLocale)}</code>; generated {Html.Text(generated.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))}. Coverage is the share of source sections whose translation is current.</p>");

        output.WriteLine("<h2>Coverage per locale</h2>");
        SvgBarChart.Write(output, "chart-locales", "Coverage per locale", [.. report.Locales.Select(l => new NamedTally(l.Locale, l.Total))]);
        output.WriteLine("<h2>Coverage per collection</h2>");
        SvgBarChart.Write(output, "chart-collections", "Coverage per collection",
            [.. report.Locales.SelectMany(l => l.Collections.Select(c => new NamedTally($"{l.Locale} {c.Name}", c.Tally)))]);

        if (report.History.Count > 0)
        {
            output.WriteLine("<h2>Coverage over time</h2>");
            SvgLineChart.Write(output, "chart-history", "Coverage over time", report.History);
        }

        foreach (var locale in report.Locales)
        {
            output.WriteLine($"<h2>{Html.Text(report.SourceLocale)} → {Html.Text(locale.Locale)}</h2>");
            Table($"collections-{locale.Locale}", "Collection", [new NamedTally("all", locale.Total), .. locale.Collections]);
            if (locale.Companies.Count > 0)
            {
                output.WriteLine("<h3>Companies with the most pending work</h3>");
                Table($"companies-{locale.Locale}", "Company", locale.Companies);
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<p>Orphan translations: {locale.Total.Orphans}. Fact mismatches: {locale.Total.FactMismatches}. Encoding findings: {locale.Total.EncodingFindings}.</p>"));
        }
        output.WriteLine($"<p>Encoding findings in the {Html.Text(report.SourceLocale)} source: {report.SourceEncodingFindings}.</p>");
        HtmlPage.End(output);
    }

    private void Table(string id, string first, IEnumerable<NamedTally> rows)
    {
        output.WriteLine($"<table class=\"sortable\" id=\"{Html.Text(id)}\"><thead><tr>{HtmlPage.SortHeader(first)}"
            + HtmlPage.SortHeader("Reviews", true) + HtmlPage.SortHeader("Missing reviews", true) + HtmlPage.SortHeader("Sections", true)
            + HtmlPage.SortHeader("Current", true) + HtmlPage.SortHeader("Stale", true) + HtmlPage.SortHeader("Untranslated", true)
            + HtmlPage.SortHeader("Missing", true) + HtmlPage.SortHeader("Coverage", true) + "</tr></thead><tbody>");
        foreach (var (name, t) in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<tr><td>{Html.Text(name)}</td>{Cell(t.SourceDocuments)}{Cell(t.MissingDocuments)}{Cell(t.SourceSections)}{Cell(t.CurrentSections)}{Cell(t.StaleSections)}{Cell(t.UntranslatedSections)}{Cell(t.MissingSections)}<td class=\"n\" data-sort=\"{Html.Number(t.Coverage)}\">{MarkdownText.Percent(t.Coverage)}</td></tr>"));
        }
        output.WriteLine("</tbody></table>");
    }

    private static string Cell(int n) => string.Create(CultureInfo.InvariantCulture, $"<td class=\"n\" data-sort=\"{n}\">{n:N0}</td>");
}
