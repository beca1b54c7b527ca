using System.Globalization;
using ReviewI18n.Reports;

namespace ReviewI18n.Output;

/// <summary>The coverage report as GitHub-flavoured Markdown tables, one section per locale.</summary>
public sealed class CoverageMarkdownWriter(TextWriter output)
{
    public void Write(CoverageReport report)
    {
        output.WriteLine("# Translation coverage");
        output.WriteLine();
        output.WriteLine($"Source locale: `{MarkdownText.Escape(report.SourceLocale)}`. Coverage is the share of source sections whose translation is current.");
        output.WriteLine();
        foreach (var locale in report.Locales)
        {
            output.WriteLine($"## {MarkdownText.Escape(locale.Locale)}: {MarkdownText.Percent(locale.Total.Coverage)}");
            output.WriteLine();
            Table("Collection", [new NamedTally("all", locale.Total), .. locale.Collections]);
            if (locale.Companies.Count > 0)
            {
                output.WriteLine("### Companies with the most pending work");
                output.WriteLine();
                Table("Company", locale.Companies);
            }
            output.WriteLine($"Orphan translations: {locale.Total.Orphans}. Fact mismatches: {locale.Total.FactMismatches}. Encoding findings: {locale.Total.EncodingFindings}.");
            output.WriteLine();
        }
        output.WriteLine($"Encoding findings in the `{MarkdownText.Escape(report.SourceLocale)}` source: {report.SourceEncodingFindings}.");
        if (report.History.Count == 0) return;
        output.WriteLine();
        output.WriteLine("## Coverage over time");
        output.WriteLine();
        var locales = report.Locales.Select(l => l.Locale).ToList();
        output.WriteLine($"| Date | Commit | {string.Join(" | ", locales.Select(MarkdownText.Escape))} |");
        output.WriteLine($"| --- | --- | {string.Join(" | ", locales.Select(_ => "---:"))} |");
        foreach (var point in report.History)
        {
            var cells = locales.Select(l => point.Report.Locales.FirstOrDefault(p => p.Locale == l) is { } c ? MarkdownText.Percent(c.Total.Coverage) : "");
            output.WriteLine($"| {point.Time.UtcDateTime:yyyy-MM-dd} | `{point.Commit[..Math.Min(10, point.Commit.Length)]}` | {string.Join(" | ", cells)} |");
        }
    }

    private void Table(string first, IEnumerable<NamedTally> rows)
    {
        output.WriteLine($"| {first} | Reviews | Missing reviews | Sections | Current | Stale | Untranslated | Missing | Coverage |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, t) in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {MarkdownText.Escape(name)} | {t.SourceDocuments} | {t.MissingDocuments} | {t.SourceSections} | {t.CurrentSections} | {t.StaleSections} | {t.UntranslatedSections} | {t.MissingSections} | {MarkdownText.Percent(t.Coverage)} |"));
        }
        output.WriteLine();
    }
}
