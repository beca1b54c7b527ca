using System.Diagnostics;
using System.Globalization;
using ReviewI18n.Configuration;

namespace ReviewI18n.Sync;

/// <summary>
/// A write killed between creating its temporary file and renaming it leaves
/// <c>.name.md.PID.GUID.tmp</c> beside the file (the file itself is intact). A later writing sync
/// removes those whose process is gone, so crashes do not litter the site.
/// </summary>
public static class LeftoverTempFiles
{
    public static int Remove(PipelineConfig config)
    {
        var removed = 0;
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None };
        foreach (var collection in config.Collections)
        {
            foreach (var locale in config.Locales)
            {
                var folder = Path.Combine(config.Root, collection.PathFor(locale));
                if (!Directory.Exists(folder)) continue;
                foreach (var path in Directory.EnumerateFiles(folder, ".*.tmp", options))
                {
                    if (OwnerPid(Path.GetFileName(path)) is not { } pid || IsRunning(pid)) continue;
                    try
                    {
                        File.Delete(path);
                        removed++;
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        // Harmless to leave; the next run tries again.
                    }
                }
            }
        }
        return removed;
    }

    /// <summary>The process id in <c>.name.PID.GUID.tmp</c> (the pattern of IO.AtomicFile), or null for other files.</summary>
    private static int? OwnerPid(string name)
    {
        var parts = name.Split('.');
        if (parts.Length < 5 || parts[^1] != "tmp" || parts[^2].Length != 32 || !parts[^2].All(char.IsAsciiHexDigit)) return null;
        return int.TryParse(parts[^3], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
