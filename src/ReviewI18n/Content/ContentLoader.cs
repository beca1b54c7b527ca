using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ReviewI18n.Configuration;
using ReviewI18n.Diagnostics;

namespace ReviewI18n.Content;

/// <summary>A file the loader found, before it is read.</summary>
public sealed record ContentFile(string FullPath, string RelativePath, CollectionConfig Collection, string Locale);

/// <summary>What loading produced: the documents and the files that could not be read.</summary>
public sealed record LoadResult(IReadOnlyList<ReviewDocument> Documents, IReadOnlyList<Diagnostic> Problems);

/// <summary>
/// The Load stage: lists every <c>*.md</c> under each collection folder of each locale and
/// reads them in parallel. A file that cannot be read becomes a finding, never an exception.
/// </summary>
public sealed class ContentLoader(PipelineConfig config, ILogger<ContentLoader> logger)
{
    /// <summary>Files larger than this are reported and skipped, so one stray file cannot exhaust memory.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Every <c>*.md</c> of every collection and locale, by relative path. Folder links are not
    /// followed (no loops, nothing outside the site); a file link is followed only when its target
    /// is inside the site root; either is reported, never silently dropped.
    /// </summary>
    public IReadOnlyList<ContentFile> ListFiles() => ListFiles(out _);

    public IReadOnlyList<ContentFile> ListFiles(out IReadOnlyList<Diagnostic> problems)
    {
        var files = new List<ContentFile>();
        var found = new List<Diagnostic>();
        var root = Path.TrimEndingDirectorySeparator(config.Root) + Path.DirectorySeparatorChar;
        foreach (var collection in config.Collections)
        {
            foreach (var locale in config.Locales)
            {
                var folder = Path.Combine(config.Root, collection.PathFor(locale));
                if (!Directory.Exists(folder))
                {
                    logger.LogDebug("No folder {Folder} for {Collection}/{Locale}", folder, collection.Name, locale);
                    continue;
                }
                foreach (var (path, isLink) in Enumerate(folder))
                {
                    var file = new ContentFile(path, config.Relative(path), collection, locale);
                    if (isLink && !LinkStaysInside(path, root))
                    {
                        found.Add(Findings.Content.FileUnreadable(file, "is a link to a file outside the site and was not followed"));
                        continue;
                    }
                    files.Add(file);
                }
            }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        problems = found;
        return files;
    }

    private static IEnumerable<(string Path, bool IsLink)> Enumerate(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None };
        return new System.IO.Enumeration.FileSystemEnumerable<(string, bool)>(folder,
            (ref System.IO.Enumeration.FileSystemEntry e) => (e.ToFullPath(), (e.Attributes & FileAttributes.ReparsePoint) != 0), options)
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry e) =>
                !e.IsDirectory && e.FileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase),
            // Never descend through a folder link: that is how loops and escapes happen.
            ShouldRecursePredicate = (ref System.IO.Enumeration.FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
    }

    private static bool LinkStaysInside(string path, string root)
    {
        try
        {
            var target = File.ResolveLinkTarget(path, returnFinalTarget: true);
            return target is not null && Path.GetFullPath(target.FullName).StartsWith(root, StringComparison.Ordinal);
        }
        catch (IOException)
        {
            return false; // a link loop or a dangling link
        }
    }

    public LoadResult Load(CancellationToken cancellationToken = default)
    {
        var files = ListFiles(out var listProblems);
        return Read(files, listProblems, cancellationToken);
    }

    /// <summary>Reads listed files; one that vanished or became unreadable since listing is a finding.</summary>
    public LoadResult Read(IReadOnlyList<ContentFile> files, IEnumerable<Diagnostic> listProblems, CancellationToken cancellationToken = default)
    {
        var documents = new ReviewDocument?[files.Count];
        var problems = new ConcurrentBag<Diagnostic>(listProblems);
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var file = files[i];
            var bytes = TryRead(file, problems);
            if (bytes is not null)
            {
                documents[i] = DocumentReader.Read(bytes, file.FullPath, file.RelativePath, file.Collection, file.Locale);
            }
        });
        logger.LogDebug("Loaded {Count} documents", files.Count);
        return new LoadResult(documents.OfType<ReviewDocument>().ToList(), [.. problems]);
    }

    private static byte[]? TryRead(ContentFile file, ConcurrentBag<Diagnostic> problems)
    {
        try
        {
            // A named pipe or a device reports no size and would block (or never end) when opened:
            // an entry of size 0 is read as empty without opening it, which an empty file is anyway.
            if (new FileInfo(file.FullPath) is { Exists: true, Length: 0 }) return [];
            using var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
            if (!stream.CanSeek)
            {
                problems.Add(Findings.Content.FileUnreadable(file, "is not a regular file"));
                return null;
            }
            if (stream.Length > MaxFileBytes)
            {
                problems.Add(Findings.Content.FileUnreadable(file, $"is {stream.Length / (1024 * 1024)} MiB, over the {MaxFileBytes / (1024 * 1024)} MiB limit"));
                return null;
            }
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(Findings.Content.FileUnreadable(file, ex is FileNotFoundException or DirectoryNotFoundException
                ? "vanished before it could be read"
                : $"cannot be read: {ex.Message}"));
            return null;
        }
    }
}
