using System.Globalization;
using ReviewI18n.Reports;

namespace ReviewI18n.Output.Html;

/// <summary>
/// Coverage over time as an inline SVG line chart: one line per locale, a point per sampled
/// commit (evenly spaced, oldest left), 0..100% up the side. Each point carries its commit, date
/// and coverage in <c>data-</c> attributes and a tooltip.
/// </summary>
public static class SvgLineChart
{
    private const int Left = 50;
    private const int Top = 10;
    private const int Width = 600;
    private const int Height = 200;

    private static readonly string[] Colours = ["#2e6fd9", "#d9653b", "#2e9d5b", "#8a4fd0", "#b8860b"];

    public static void Write(TextWriter output, string id, string title, IReadOnlyList<HistoryPoint> points)
    {
        var w = Left + Width + 20;
        var h = Top + Height + 40;
        output.WriteLine($"<svg class=\"chart\" id=\"{Html.Text(id)}\" role=\"img\" aria-label=\"{Html.Text(title)}\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" xmlns=\"http://www.w3.org/2000/svg\">");
        output.WriteLine($"<title>{Html.Text(title)}</title>");
        foreach (var tick in new[] { 0, 25, 50, 75, 100 })
        {
            var y = Y(tick / 100.0);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<line x1=\"{Left}\" x2=\"{Left + Width}\" y1=\"{y:0.##}\" y2=\"{y:0.##}\" stroke=\"#e4e8ee\"/><text x=\"{Left - 6}\" y=\"{y + 4:0.##}\" text-anchor=\"end\">{tick}%</text>"));
        }
        if (points.Count > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<text x=\"{Left}\" y=\"{Top + Height + 20}\">{points[0].Time.UtcDateTime:yyyy-MM-dd}</text><text x=\"{Left + Width}\" y=\"{Top + Height + 20}\" text-anchor=\"end\">{points[^1].Time.UtcDateTime:yyyy-MM-dd}</text>"));
        }
        var locales = points.SelectMany(p => p.Report.Locales.Select(l => l.Locale)).Distinct(StringComparer.Ordinal).ToList();
        for (var k = 0; k < locales.Count; k++)
        {
            var colour = Colours[k % Colours.Length];
            var series = new List<(double X, double Y, HistoryPoint Point, double Coverage)>();
            for (var i = 0; i < points.Count; i++)
            {
                if (points[i].Report.Locales.FirstOrDefault(l => l.Locale == locales[k]) is not { } l) continue;
                series.Add((X(i, points.Count), Y(l.Total.Coverage), points[i], l.Total.Coverage));
            }
            output.WriteLine($"<g class=\"series\" data-locale=\"{Html.Text(locales[k])}\">");
            output.WriteLine($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{string.Join(' ', series.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.X:0.##},{s.Y:0.##}")))}\"/>");
            foreach (var s in series)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"<circle class=\"point\" cx=\"{s.X:0.##}\" cy=\"{s.Y:0.##}\" r=\"3\" fill=\"{colour}\" data-commit=\"{Html.Text(s.Point.Commit)}\" data-date=\"{s.Point.Time.UtcDateTime:yyyy-MM-dd}\" data-coverage=\"{Html.Number(s.Coverage)}\"><title>{Html.Text(locales[k])} {s.Point.Time.UtcDateTime:yyyy-MM-dd} {Html.Text(s.Point.Commit[..Math.Min(10, s.Point.Commit.Length)])}: {MarkdownText.Percent(s.Coverage)}</title></circle>"));
            }
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"<text x=\"{Left + 10 + 60 * k}\" y=\"{Top + Height + 36}\" style=\"fill:{colour}\">■ {Html.Text(locales[k])}</text>"));
            output.WriteLine("</g>");
        }
        output.WriteLine("</svg>");
    }

    private static double X(int index, int count) => Left + (count <= 1 ? Width / 2.0 : (double)Width * index / (count - 1));

    private static double Y(double share) => Top + Height * (1 - share);
}
