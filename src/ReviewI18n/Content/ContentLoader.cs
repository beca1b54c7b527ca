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

    public IReadOnlyList<ContentFile> ListFiles()
    {
        var files = new List<ContentFile>();
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            MatchCasing = MatchCasing.CaseInsensitive,
            AttributesToSkip = FileAttributes.None,
        };
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
                foreach (var path in Directory.EnumerateFiles(folder, "*.md", options))
                {
                    files.Add(new ContentFile(path, config.Relative(path), collection, locale));
                }
            }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return files;
    }

    public LoadResult Load(CancellationToken cancellationToken = default)
    {
        var files = ListFiles();
        var documents = new ReviewDocument?[files.Count];
        var problems = new ConcurrentBag<Diagnostic>();
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
            using var stream = new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
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
