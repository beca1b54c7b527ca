using System.Diagnostics;
using System.Globalization;

namespace ReviewI18n.Sync;

/// <summary>
/// Keeps two writing syncs of one site apart: a lock file beside the baseline, created
/// exclusively, holding the owner's process id and start time, and deleted on dispose. A lock
/// left by a process that no longer runs (a crash, a kill) is taken over rather than blocking forever.
/// </summary>
public sealed class SyncLock : IDisposable
{
    public const string FileName = "sync.lock";

    private readonly string _path;
    private FileStream? _stream;

    private SyncLock(string path, FileStream stream)
    {
        _path = path;
        _stream = stream;
    }

    /// <summary>Takes the lock in <paramref name="folder"/>, or throws <see cref="SyncLockedException"/> naming the holder.</summary>
    public static SyncLock Acquire(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 1, FileOptions.None);
                using (var writer = new StreamWriter(stream, leaveOpen: true))
                {
                    writer.Write(Owner());
                }
                stream.Flush(flushToDisk: true);
                return new SyncLock(path, stream);
            }
            catch (IOException) when (File.Exists(path))
            {
                var holder = ReadHolder(path);
                if (holder is not null && IsAlive(holder)) throw new SyncLockedException(path, holder);
                // The holder is gone (or wrote nothing we can read): the lock is stale.
                TryDelete(path);
            }
        }
        throw new SyncLockedException(path, ReadHolder(path) ?? "another process");
    }

    public void Dispose()
    {
        if (_stream is null) return;
        _stream.Dispose();
        _stream = null;
        TryDelete(_path);
    }

    private static string Owner()
    {
        using var self = Process.GetCurrentProcess();
        return $"{Environment.ProcessId} {StartTicks(self)}";
    }

    private static string? ReadHolder(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            var text = reader.ReadToEnd().Trim();
            return text.Length == 0 ? null : text;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The process named in the lock still runs: same id and same start time (ids are reused).</summary>
    private static bool IsAlive(string holder)
    {
        var parts = holder.Split(' ');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) return false;
        try
        {
            using var process = Process.GetProcessById(pid);
            if (process.HasExited) return false;
            return parts.Length < 2 || parts[1] == StartTicks(process);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static string StartTicks(Process process)
    {
        try
        {
            return process.StartTime.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return "?";
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Leaving the file is safe: the next run sees its holder is gone.
        }
    }
}
