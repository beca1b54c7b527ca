namespace ReviewI18n.Cli;

/// <summary>The exit codes of DESIGN.md.</summary>
public enum ExitCode
{
    /// <summary>Nothing at or above the failure level.</summary>
    Success = 0,

    /// <summary>Findings at or above the failure level, or changes pending under <c>--check</c>.</summary>
    Findings = 1,

    /// <summary>A usage or configuration error.</summary>
    UsageError = 2,

    /// <summary>An unexpected failure (or the run was cancelled).</summary>
    Failure = 3,
}
