using ReviewI18n.Diagnostics;
using ReviewI18n.Output;

namespace ReviewI18n.Cli.Commands;

/// <summary>
/// In GitHub Actions (<c>GITHUB_STEP_SUMMARY</c> set), <c>check</c> appends a Markdown summary of
/// its findings to the job summary, whatever <c>--format</c> prints on stdout; with
/// <c>--changed-since</c>, the pull-request summary of <see cref="ChangeSummaryWriter"/>.
/// </summary>
internal static class StepSummary
{
    /// <summary>Rows of the findings tables; the counts per rule are always complete.</summary>
    public const int MaxRows = 500;

    public static void Append(CliConsole console, IReadOnlyList<Diagnostic> diagnostics, DiagnosticSummary summary,
        History.ChangeScope? scope = null, string sourceLocale = "en")
    {
        if (console.Environment.GetValueOrDefault("GITHUB_STEP_SUMMARY") is not { Length: > 0 } path) return;
        var full = Path.GetFullPath(Path.Combine(console.CurrentDirectory, path));
        using var writer = new StreamWriter(full, append: true, new System.Text.UTF8Encoding(false));
        if (scope is not null) new ChangeSummaryWriter(writer, ChangeSummaryWriter.Links(console.Environment!, scope.Files.RepositoryPrefix)).Write(scope, sourceLocale, summary, MaxRows);
        else new MarkdownDiagnosticWriter(writer).Write(diagnostics, summary, MaxRows);
    }
}
