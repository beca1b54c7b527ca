using ReviewI18n.Configuration;

namespace ReviewI18n.Cli.Watch;

/// <summary>File-system watchers over every collection folder of every locale, the glossary and pipeline.json.</summary>
internal sealed class WatcherSet : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];

    public WatcherSet(PipelineConfig config, Action<string> changed)
    {
        var folders = config.Collections.SelectMany(c => config.Locales.Select(l => Path.Combine(config.Root, c.PathFor(l))))
            .Where(Directory.Exists)
            .Append(config.GlossaryPath)
            .Distinct(StringComparer.Ordinal);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            Add(new FileSystemWatcher(folder) { IncludeSubdirectories = true }, changed);
        }
        Add(new FileSystemWatcher(Path.GetDirectoryName(config.ConfigPath)!, Path.GetFileName(config.ConfigPath)), changed);
    }

    private void Add(FileSystemWatcher watcher, Action<string> changed)
    {
        watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName;
        watcher.Changed += (_, e) => changed(e.FullPath);
        watcher.Created += (_, e) => changed(e.FullPath);
        watcher.Deleted += (_, e) => changed(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            changed(e.OldFullPath);
            changed(e.FullPath);
        };
        watcher.InternalBufferSize = 64 * 1024;
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    public void Dispose()
    {
        foreach (var w in _watchers) w.Dispose();
    }
}
