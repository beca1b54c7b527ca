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
        File.WriteAllBytes(full, buffer.ToArray());
        console.Error.WriteLine($"review-i18n: wrote {outPath}");
    }

    /// <summary>A text writer over <paramref name="stream"/> for the writers that produce text.</summary>
    public static void Text(Stream stream, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
        write(writer);
    }
}
