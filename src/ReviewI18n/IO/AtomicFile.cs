namespace ReviewI18n.IO;

/// <summary>
/// Writes a file so that a reader (or a crash) only ever sees the old bytes or the new bytes:
/// the new content goes to a temporary file in the same folder, is flushed to disk, and is then
/// renamed over the target, which the file system does atomically within one volume.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        // Beside the target (same volume, so the rename is atomic); a dot name keeps it out of '*.md' scans.
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None))
            {
                stream.Write(bytes);
                // Data on disk before the rename, so a power cut cannot leave a renamed but empty file.
                stream.Flush(flushToDisk: true);
            }
            KeepMode(full, temp);
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>The replacement keeps the permissions of the file it replaces (a new file would get the umask's).</summary>
    private static void KeepMode(string original, string replacement)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(original)) return;
        File.SetUnixFileMode(replacement, File.GetUnixFileMode(original));
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The original error matters more than a leftover temporary file.
        }
    }
}
