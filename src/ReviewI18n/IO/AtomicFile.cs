namespace ReviewI18n.IO;

/// <summary>
/// Writes a file so that a reader (or a crash) only ever sees the old bytes or the new bytes:
/// the new content goes to a temporary file in the same folder, is flushed to disk, and is then
/// renamed over the target, which the file system does atomically within one volume.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes) => WriteAllBytes(path, bytes, static s => s);

    /// <summary>
    /// As <see cref="WriteAllBytes(string, ReadOnlySpan{byte})"/>; <paramref name="wrap"/> sees the
    /// temporary file's stream before anything is written to it, so tests can put a failing stream
    /// (a full disk) in the way and show the original survives.
    /// </summary>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes, Func<FileStream, Stream> wrap)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        RefuseReadOnly(full);
        Directory.CreateDirectory(folder);
        // Beside the target (same volume, so the rename is atomic); a dot name keeps it out of '*.md' scans.
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None))
            {
                var stream = wrap(file);
                stream.Write(bytes);
                stream.Flush();
                // Data on disk before the rename, so a power cut cannot leave a renamed but empty file.
                file.Flush(flushToDisk: true);
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

    /// <summary>
    /// A rename replaces a file whatever its own permissions (only the folder's count), and root
    /// may write anything: so a file its owner marked read-only is refused here, explicitly.
    /// </summary>
    private static void RefuseReadOnly(string full)
    {
        if (!File.Exists(full)) return;
        var readOnly = OperatingSystem.IsWindows()
            ? (File.GetAttributes(full) & FileAttributes.ReadOnly) != 0
            : (File.GetUnixFileMode(full) & UnixFileMode.UserWrite) == 0;
        if (readOnly) throw new UnauthorizedAccessException($"'{full}' is read-only");
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
