namespace ReviewI18n.Cli.Commands;

/// <summary><c>--format</c> of <c>report</c> and <c>pending</c>.</summary>
public enum ReportFormat
{
    Text,
    Markdown,
    Json,
    Html,
}
