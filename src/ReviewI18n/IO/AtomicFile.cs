namespace ReviewI18n.IO;

/// <summary>
/// Writes a file so that it is never seen half-written: the whole content goes to a temporary
/// file beside the target (same folder, so the rename cannot cross file systems), is flushed to
/// disk, and is then renamed over the target. Nothing else of the old file is kept.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            try
            {
                File.Delete(temp);
            }
            catch (IOException)
            {
                // The temporary file may not exist; the original is untouched either way.
            }
            throw;
        }
    }
}
