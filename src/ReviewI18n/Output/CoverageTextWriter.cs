using System.Globalization;
using ReviewI18n.Reports;

namespace ReviewI18n.Output;

/// <summary>The coverage report for a terminal: per locale a line of totals, then one per collection and the busiest companies.</summary>
public sealed class CoverageTextWriter(TextWriter output, bool colour)
{
    private const string Header = "                        reviews   missing  sections   current   stale  untransl.  missing  coverage";

    public void Write(CoverageReport report)
    {
        foreach (var locale in report.Locales)
        {
            output.WriteLine(Paint($"{report.SourceLocale} -> {TerminalText.Clean(locale.Locale)}", "\u001b[1m"));
            output.WriteLine(Header);
            Line("all", locale.Total);
            foreach (var c in locale.Collections) Line("  " + c.Name, c.Tally);
            if (locale.Companies.Count > 0)
            {
                output.WriteLine("  most pending:");
                foreach (var c in locale.Companies) Line("    " + c.Name, c.Tally);
            }
            output.WriteLine($"  orphans {locale.Total.Orphans}, fact mismatches {locale.Total.FactMismatches}, encoding findings {locale.Total.EncodingFindings}");
            output.WriteLine();
        }
        output.WriteLine($"Encoding findings in the {report.SourceLocale} source: {report.SourceEncodingFindings}.");
        if (report.History.Count == 0) return;
        output.WriteLine();
        output.WriteLine(Paint("Coverage over time", "\u001b[1m"));
        foreach (var point in report.History)
        {
            var figures = string.Join("  ", point.Report.Locales.Select(l => $"{l.Locale} {MarkdownText.Percent(l.Total.Coverage),6}"));
            output.WriteLine($"  {point.Time.UtcDateTime:yyyy-MM-dd}  {point.Commit[..Math.Min(10, point.Commit.Length)]}  {figures}");
        }
    }

    private void Line(string name, CoverageTally t)
    {
        var label = TerminalText.Clean(name);
        if (label.Length > 22) label = label[..21] + "…";
        var coverage = Paint(MarkdownText.Percent(t.Coverage).PadLeft(9), t.Coverage >= 0.95 ? "\u001b[32m" : t.Coverage >= 0.8 ? "\u001b[33m" : "\u001b[31m");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-22} {t.SourceDocuments,9} {t.MissingDocuments,9} {t.SourceSections,9} {t.CurrentSections,9} {t.StaleSections,7} {t.UntranslatedSections,10} {t.MissingSections,8} {coverage}"));
    }

    private string Paint(string text, string code) => colour ? code + text + "\u001b[0m" : text;
}
