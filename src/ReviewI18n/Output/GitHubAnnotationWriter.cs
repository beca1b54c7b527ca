using ReviewI18n.Diagnostics;

namespace ReviewI18n.Output;

/// <summary>
/// Findings as GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=…::message</c>),
/// which annotate the exact line in a pull request. Values are escaped as the runner expects:
/// in the message <c>%</c>, CR and LF; in properties also <c>:</c> and <c>,</c>.
/// </summary>
public sealed class GitHubAnnotationWriter(TextWriter output)
{
    public void Write(IReadOnlyList<Diagnostic> diagnostics, DiagnosticSummary summary)
    {
        foreach (var d in diagnostics)
        {
            var command = d.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };
            var message = d.Suggestion is { } s ? $"{d.Message} Suggestion: {s}" : d.Message;
            output.WriteLine($"::{command} file={Property(d.File)},line={d.Line},col={d.Column},title={Property($"{d.Rule.Name} ({d.Rule.Code})")}::{Data(message)}");
        }
        output.WriteLine(TextDiagnosticWriter.SummaryLine(summary));
    }

    /// <summary>The message part of a workflow command.</summary>
    public static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property value of a workflow command (file, title).</summary>
    public static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
