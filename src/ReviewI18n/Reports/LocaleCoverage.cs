namespace ReviewI18n.Reports;

/// <summary>Coverage of one target locale: in total, per collection and for the companies with the most pending work.</summary>
public sealed record LocaleCoverage(
    string Locale,
    CoverageTally Total,
    IReadOnlyList<NamedTally> Collections,
    IReadOnlyList<NamedTally> Companies);

/// <summary>A tally with the name of what it counts (a collection or a company).</summary>
public sealed record NamedTally(string Name, CoverageTally Tally);
