namespace ReviewI18n.Reports;

/// <summary>The coverage of the site as it was at one commit.</summary>
public sealed record HistoryPoint(string Commit, DateTimeOffset Time, CoverageReport Report);
