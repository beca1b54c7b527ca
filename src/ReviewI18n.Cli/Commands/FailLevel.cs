using ReviewI18n.Diagnostics;

namespace ReviewI18n.Cli.Commands;

/// <summary><c>--fail-on</c>: the lowest severity that makes the exit code 1.</summary>
public enum FailLevel
{
    Error,
    Warning,
    Info,
    None,
}

public static class FailLevels
{
    public static bool Fails(this FailLevel level, IEnumerable<Diagnostic> diagnostics)
    {
        var threshold = level switch
        {
            FailLevel.Error => Severity.Error,
            FailLevel.Warning => Severity.Warning,
            FailLevel.Info => Severity.Info,
            _ => (Severity?)null,
        };
        return threshold is { } t && diagnostics.Any(d => d.Severity >= t);
    }
}
