using ReviewI18n.Diagnostics;

namespace ReviewI18n.Output;

/// <summary>
/// Findings for a person at a terminal: grouped by file, one line each with
/// <c>line:column severity rule message</c>, then a summary line. Colour only when asked.
/// </summary>
public sealed class TextDiagnosticWriter(TextWriter output, bool colour)
{
    private const string Reset = "\u001b[0m";

    public void Write(IReadOnlyList<Diagnostic> diagnostics, DiagnosticSummary summary)
    {
        foreach (var group in diagnostics.GroupBy(d => d.File))
        {
            output.WriteLine(Paint(TerminalText.Clean(group.Key), "\u001b[1;4m"));
            foreach (var d in group)
            {
                var place = $"{d.Line}:{d.Column}".PadRight(8);
                var severity = Paint(d.Severity.ToName().PadRight(7), SeverityColour(d.Severity));
                var where = d.Locale is { } l && d.Rule == Rules.MissingTranslation ? $" [{l}]" : "";
                output.WriteLine($"  {place} {severity}  {Paint(d.Rule.Name, "\u001b[2m")}{where}  {TerminalText.Clean(d.Message)}");
                if (d.Suggestion is { } s) output.WriteLine($"  {"",8} {"",7}  suggestion: {TerminalText.Clean(s)}");
                if (d.Data?.GetValueOrDefault("diff") is { } diff) output.WriteLine($"  {"",8} {"",7}  source change: {TerminalText.Clean(diff)}");
            }
            output.WriteLine();
        }
        output.WriteLine(SummaryLine(summary));
    }

    public static string SummaryLine(DiagnosticSummary s) =>
        $"{s.Documents} documents, {s.Pairs} pairs: {Count(s.Errors, "error")}, {Count(s.Warnings, "warning")}, {s.Infos} info{(s.Suppressed > 0 ? $", {s.Suppressed} suppressed" : "")}.";

    private static string Count(int n, string word) => n == 1 ? $"1 {word}" : $"{n} {word}s";

    private string Paint(string text, string code) => colour ? code + text + Reset : text;

    private static string SeverityColour(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[31m",
        Severity.Warning => "\u001b[33m",
        _ => "\u001b[36m",
    };
}
