using System.Globalization;
using ReviewI18n.Reports;

namespace ReviewI18n.Output.Html;

/// <summary>
/// A horizontal stacked bar chart drawn as inline SVG: one bar per row, split into current,
/// stale, untranslated and missing sections, with the coverage written beside it. Each bar
/// carries its figures in <c>data-</c> attributes so a test (or a script) can read them back.
/// </summary>
public static class SvgBarChart
{
    private const int LabelWidth = 160;
    private const int BarWidth = 480;
    private const int RowHeight = 26;

    public static void Write(TextWriter output, string id, string title, IReadOnlyList<NamedTally> rows)
    {
        var height = rows.Count * RowHeight + 10;
        var width = LabelWidth + BarWidth + 70;
        output.WriteLine($"<svg class=\"chart\" id=\"{Html.Text(id)}\" role=\"img\" aria-label=\"{Html.Text(title)}\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        output.WriteLine($"<title>{Html.Text(title)}</title>");
        for (var i = 0; i < rows.Count; i++)
        {
            var (name, t) = rows[i];
            var y = 5 + i * RowHeight;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<g class=\"bar\" data-label=\"{Html.Text(name)}\" data-coverage=\"{Html.Number(t.Coverage)}\" data-source=\"{t.SourceSections}\" data-current=\"{t.CurrentSections}\" data-stale=\"{t.StaleSections}\" data-untranslated=\"{t.UntranslatedSections}\" data-missing=\"{t.MissingSections}\">"));
            output.WriteLine($"<text x=\"0\" y=\"{y + 16}\">{Html.Text(Shorten(name))}</text>");
            var x = (double)LabelWidth;
            foreach (var (kind, count) in new[] { ("current", t.CurrentSections), ("stale", t.StaleSections), ("untranslated", t.UntranslatedSections), ("missing", t.MissingSections) })
            {
                if (count == 0 || t.SourceSections == 0) continue;
                var w = (double)BarWidth * count / t.SourceSections;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"<rect class=\"{kind}\" x=\"{x:0.##}\" y=\"{y}\" width=\"{w:0.##}\" height=\"{RowHeight - 6}\"><title>{kind}: {count}</title></rect>"));
                x += w;
            }
            output.WriteLine($"<text class=\"value\" x=\"{LabelWidth + BarWidth + 6}\" y=\"{y + 16}\">{MarkdownText.Percent(t.Coverage)}</text>");
            output.WriteLine("</g>");
        }
        output.WriteLine("</svg>");
        output.WriteLine("<p class=\"legend\"><span class=\"current\"></span>current<span class=\"stale\"></span>stale<span class=\"untranslated\"></span>untranslated<span class=\"missing\"></span>missing</p>");
    }

    private static string Shorten(string name) => name.Length <= 24 ? name : name[..23] + "…";
}
