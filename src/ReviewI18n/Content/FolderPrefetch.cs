using System.Text.Json;
using ReviewI18n.Configuration;

namespace ReviewI18n.Content;

/// <summary>
/// Content folders listed ahead of time, on the thread pool, while a command's host is still
/// being built: listing a site of thousands of files is a status call per file, most of a tenth
/// of a second, and nothing else needs the disk then.
/// </summary>
/// <remarks>
/// The folders are a guess made from pipeline.json before the options are bound. The loader
/// takes a folder's listing only when the folder it computes from the bound configuration is the
/// same path, and only once; any other folder, or a listing that failed, it lists itself. A guess
/// can therefore make a listing faster but never different, except for what changes on disk in
/// the moment between the two, which reading already allows for.
/// </remarks>
public sealed class FolderPrefetch
{
    private readonly Dictionary<string, Task<List<ContentLoader.Entry>?>> _folders;
    private readonly Lock _gate = new();

    private FolderPrefetch(Dictionary<string, Task<List<ContentLoader.Entry>?>> folders) => _folders = folders;

    /// <summary>A prefetch that holds nothing: every folder is listed when asked for.</summary>
    public static FolderPrefetch None { get; } = new([]);

    /// <summary>The folders being listed, by full path.</summary>
    public IReadOnlyCollection<string> Folders
    {
        get
        {
            lock (_gate) return [.. _folders.Keys];
        }
    }

    /// <summary>Starts listing <paramref name="folders"/> (those that exist) on the thread pool, one after another.</summary>
    public static FolderPrefetch Start(IEnumerable<string> folders)
    {
        var tasks = new Dictionary<string, Task<List<ContentLoader.Entry>?>>(StringComparer.Ordinal);
        var wanted = folders.Distinct(StringComparer.Ordinal).ToArray();
        if (wanted.Length == 0) return None;
        // One task lists the folders in turn: listing them side by side gains nothing (the file
        // system serializes most of it) and would take the core the host is being built on.
        var all = Task.Run(() => wanted.Select(TryList).ToArray());
        for (var i = 0; i < wanted.Length; i++)
        {
            var index = i;
            tasks[wanted[i]] = all.ContinueWith(t => t.Result[index], CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        return new FolderPrefetch(tasks);
    }

    /// <summary>A folder's listing, or null when it is missing or listing it failed: the loader then lists it itself and says what is wrong.</summary>
    private static List<ContentLoader.Entry>? TryList(string folder)
    {
        try
        {
            return Directory.Exists(folder) ? ContentLoader.Enumerate(folder).ToList() : null;
        }
        catch (Exception)
        {
            return null; // a guess never fails a command
        }
    }

    /// <summary>
    /// The folders a pipeline.json names, when its <c>locales</c> and each collection's
    /// <c>path</c> are written out (a default or anything unexpected: no guess, an empty list).
    /// Its shape has been checked already (<see cref="ConfigFile.CheckShape"/>).
    /// </summary>
    public static IReadOnlyList<string> FoldersNamedIn(string configPath)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(configPath),
                new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = Path.GetDirectoryName(Path.GetFullPath(configPath))!;
            if (Property(document.RootElement, "locales") is not { ValueKind: JsonValueKind.Array } locales
                || Property(document.RootElement, "collections") is not { ValueKind: JsonValueKind.Array } collections)
            {
                return [];
            }
            var folders = new List<string>();
            foreach (var collection in collections.EnumerateArray())
            {
                if (Property(collection, "path") is not { ValueKind: JsonValueKind.String } path) return [];
                var template = new CollectionConfig("", CollectionConfig.NormalizePath(path.GetString()!), null);
                foreach (var locale in locales.EnumerateArray())
                {
                    if (locale.ValueKind != JsonValueKind.String) return [];
                    folders.Add(ContentLoader.FolderOf(root, template, locale.GetString()!));
                }
            }
            return folders;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or ArgumentException)
        {
            return [];
        }
    }

    /// <summary>The listing of <paramref name="folder"/> when it was prefetched and succeeded; once only.</summary>
    internal List<ContentLoader.Entry>? Take(string folder)
    {
        Task<List<ContentLoader.Entry>?>? task;
        lock (_gate)
        {
            if (!_folders.Remove(folder, out task)) return null;
        }
        return task.GetAwaiter().GetResult();
    }

    private static JsonElement? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object) return null;
        // The options binder matches keys without regard to case; so does this.
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase)) return property.Value;
        }
        return null;
    }
}
