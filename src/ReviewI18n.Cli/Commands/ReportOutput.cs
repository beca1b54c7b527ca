namespace ReviewI18n.Cli.Commands;

/// <summary>
/// Where <c>report</c> and <c>pending</c> write: stdout, or the file named by <c>--out</c>
/// (written whole, UTF-8 without BOM, folders created).
/// </summary>
internal static class ReportOutput
{
    public static void Write(CliConsole console, string? outPath, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        if (outPath is null)
        {
            console.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            return;
        }
        var full = Path.GetFullPath(Path.Combine(console.CurrentDirectory, outPath));
        if (Path.GetDirectoryName(full) is { } folder) Directory.CreateDirectory(folder);
        // Whole or not at all: a cancelled or failed run never leaves half a report.
        ReviewI18n.IO.AtomicFile.WriteAllBytes(full, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        console.Error.WriteLine($"review-i18n: wrote {outPath}");
    }

    /// <summary>Renders a coverage report in a format (shared by <c>report</c> and <c>run</c>).</summary>
    public static void Coverage(Stream stream, ReportFormat format, ReviewI18n.Reports.CoverageReport report, bool colour)
    {
        switch (format)
        {
            case ReportFormat.Json:
                ReviewI18n.Output.CoverageJsonWriter.Write(stream, report);
                stream.WriteByte((byte)'\n');
                break;
            case ReportFormat.Markdown:
                Text(stream, w => new ReviewI18n.Output.CoverageMarkdownWriter(w).Write(report));
                break;
            case ReportFormat.Html:
                Text(stream, w => new ReviewI18n.Output.Html.CoverageHtmlWriter(w).Write(report, DateTimeOffset.UtcNow));
                break;
            default:
                Text(stream, w => new ReviewI18n.Output.CoverageTextWriter(w, colour).Write(report));
                break;
        }
    }

    /// <summary>Renders a worklist in a format (shared by <c>pending</c> and <c>run</c>).</summary>
    public static void Worklist(Stream stream, ReportFormat format, ReviewI18n.Reports.Worklist list, bool colour)
    {
        switch (format)
        {
            case ReportFormat.Json:
                ReviewI18n.Output.WorklistJsonWriter.Write(stream, list);
                stream.WriteByte((byte)'\n');
                break;
            case ReportFormat.Markdown:
                Text(stream, w => new ReviewI18n.Output.WorklistMarkdownWriter(w).Write(list));
                break;
            case ReportFormat.Html:
                Text(stream, w => new ReviewI18n.Output.Html.WorklistHtmlWriter(w).Write(list, DateTimeOffset.UtcNow));
                break;
            default:
                Text(stream, w => new ReviewI18n.Output.WorklistTextWriter(w, colour).Write(list));
                break;
        }
    }

    /// <summary>A text writer over <paramref name="stream"/> for the writers that produce text.</summary>
    public static void Text(Stream stream, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
        write(writer);
    }
}
