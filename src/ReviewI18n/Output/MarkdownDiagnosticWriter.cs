using System.Globalization;
using ReviewI18n.Diagnostics;

namespace ReviewI18n.Output;

/// <summary>
/// Findings as Markdown: counts per rule, then a table per file. Used for <c>check --format
/// markdown</c> and, capped, for the GitHub job summary (which GitHub limits to 1 MiB).
/// </summary>
public sealed class MarkdownDiagnosticWriter(TextWriter output)
{
    public void Write(IReadOnlyList<Diagnostic> diagnostics, DiagnosticSummary summary, int maxRows = int.MaxValue)
    {
        output.WriteLine("## review-i18n check");
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{summary.Documents:N0} documents, {summary.Pairs:N0} pairs: **{summary.Errors:N0}** errors, **{summary.Warnings:N0}** warnings, {summary.Infos:N0} info{(summary.Suppressed > 0 ? $", {summary.Suppressed:N0} suppressed" : "")}."));
        output.WriteLine();
        if (diagnostics.Count == 0) return;

        output.WriteLine("| Rule | Code | Severity | Findings |");
        output.WriteLine("| --- | --- | --- | ---: |");
        foreach (var group in diagnostics.GroupBy(d => d.Rule).OrderByDescending(g => g.Max(d => d.Severity)).ThenByDescending(g => g.Count()).ThenBy(g => g.Key.Name, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| `{group.Key.Name}` | {group.Key.Code} | {group.Max(d => d.Severity).ToName()} | {group.Count():N0} |"));
        }
        output.WriteLine();

        var rows = 0;
        foreach (var file in diagnostics.GroupBy(d => d.File))
        {
            if (rows >= maxRows) break;
            output.WriteLine($"### {MarkdownText.Code(file.Key)}");
            output.WriteLine();
            output.WriteLine("| Line | Severity | Rule | Message |");
            output.WriteLine("| ---: | --- | --- | --- |");
            foreach (var d in file)
            {
                if (rows++ >= maxRows) break;
                var message = d.Suggestion is { } s ? $"{d.Message} Suggestion: {s}" : d.Message;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {d.Line}:{d.Column} | {d.Severity.ToName()} | `{d.Rule.Name}` | {MarkdownText.Escape(message)} |"));
            }
            output.WriteLine();
        }
        if (diagnostics.Count > maxRows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"… and {diagnostics.Count - maxRows:N0} more findings; run `review-i18n check` for all of them."));
            output.WriteLine();
        }
    }
}
