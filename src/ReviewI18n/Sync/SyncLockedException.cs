namespace ReviewI18n.Sync;

/// <summary>Another sync holds the lock; the message names the lock file and its holder.</summary>
public sealed class SyncLockedException(string path, string holder)
    : Exception($"another sync is running (process {holder.Split(' ')[0]}, lock file {path}); try again when it has finished")
{
    public string LockPath { get; } = path;
}
