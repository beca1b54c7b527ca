namespace ReviewI18n.Accuracy.Sections;

/// <summary>One diagnostic of <c>check --format json</c>, reduced to what the harness compares.</summary>
public sealed record Finding(string Rule, string Severity, string File, int Line, string? Section, string? Fact, string Message);
