namespace ReviewI18n.Reports;

/// <summary>
/// The locale coverage report: one entry per target locale, the totals over all of them, and
/// the encoding findings of the source locale (which every locale inherits when it translates).
/// </summary>
public sealed record CoverageReport(
    string SourceLocale,
    IReadOnlyList<LocaleCoverage> Locales,
    CoverageTally Totals,
    int SourceEncodingFindings,
    IReadOnlyList<string> Collections)
{
    /// <summary>Coverage at earlier commits, oldest first (<c>report --history</c>); empty otherwise.</summary>
    public IReadOnlyList<HistoryPoint> History { get; init; } = [];
}
