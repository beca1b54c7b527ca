namespace ReviewI18n.Diagnostics;

/// <summary>Applies the per-rule severities of pipeline.json; a rule set to <c>off</c> is dropped.</summary>
public sealed class SeverityPolicy
{
    private readonly IReadOnlyDictionary<string, Severity> _overrides;

    public SeverityPolicy(IReadOnlyDictionary<string, Severity> overrides) => _overrides = overrides;

    public static SeverityPolicy Default { get; } = new(new Dictionary<string, Severity>());

    public Severity SeverityOf(Rule rule) => _overrides.TryGetValue(rule.Name, out var s) ? s : rule.DefaultSeverity;

    public bool IsEnabled(Rule rule) => SeverityOf(rule) != Severity.Off;

    public Diagnostic? Apply(Diagnostic diagnostic)
    {
        var severity = SeverityOf(diagnostic.Rule);
        if (severity == Severity.Off) return null;
        return severity == diagnostic.Severity ? diagnostic : diagnostic with { Severity = severity };
    }
}
