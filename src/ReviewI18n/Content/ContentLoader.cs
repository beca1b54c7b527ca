using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ReviewI18n.Configuration;
using ReviewI18n.Diagnostics;

namespace ReviewI18n.Content;

/// <summary>
/// A file the loader found, before it is read. <paramref name="Length"/> is its size when it was
/// listed, or -1 when it is not known (a path a watch was told about).
/// </summary>
public sealed record ContentFile(string FullPath, string RelativePath, CollectionConfig Collection, string Locale, long Length = -1)
{
    /// <summary>When the file was last written, as the listing saw it (for the findings cache); default when not listed.</summary>
    public DateTime LastWriteUtc { get; init; }
}

/// <summary>What loading produced: the documents and the files that could not be read.</summary>
public sealed record LoadResult(IReadOnlyList<ReviewDocument> Documents, IReadOnlyList<Diagnostic> Problems);

/// <summary>
/// The Load stage: lists every <c>*.md</c> under each collection folder of each locale and
/// reads them in parallel. A file that cannot be read becomes a finding, never an exception.
/// </summary>
public sealed class ContentLoader(PipelineConfig config, ILogger<ContentLoader> logger, Progress.IStageProgress? progress = null, LoadTuning? tuning = null)
{
    /// <summary>A listed file: its full path, whether it is a link, and its size when listed.</summary>
    /// <remarks>
    /// A class, not a struct: the runtime's generic enumerators and lists over a struct of ours
    /// are compiled when the CLI runs, over a class they are shared code compiled ahead of time.
    /// </remarks>
    internal sealed record Entry(string Path, bool IsLink, long Length, DateTime LastWriteUtc);

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
                var folder = FolderOf(config.Root, collection, locale);
                if (!Directory.Exists(folder))
                {
                    logger.LogDebug("No folder {Folder} for {Collection}/{Locale}", folder, collection.Name, locale);
                    continue;
                }
                foreach (var (path, isLink, length, lastWrite) in Enumerate(folder))
                {
                    var file = new ContentFile(path, config.Relative(path), collection, locale, isLink ? -1 : length) { LastWriteUtc = lastWrite };
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

    /// <summary>
    /// The content file a path is, when it is a <c>*.md</c> under a collection folder of a locale
    /// (the test a watch makes for each changed path, without listing the whole tree); else null.
    /// </summary>
    public ContentFile? Describe(string fullPath)
    {
        if (!fullPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return null;
        foreach (var collection in config.Collections)
        {
            foreach (var locale in config.Locales)
            {
                var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(FolderOf(config.Root, collection, locale))) + Path.DirectorySeparatorChar;
                if (fullPath.StartsWith(folder, StringComparison.Ordinal)) return new ContentFile(fullPath, config.Relative(fullPath), collection, locale);
            }
        }
        return null;
    }

    /// <summary>
    /// Each file's path, whether it is a link, and its size: the entry's status is read once here,
    /// so reading needs no second look at the file, but for an empty or oversized one (on a site of
    /// thousands of files, the calls to the file system are a large part of loading).
    /// </summary>
    internal static IEnumerable<Entry> Enumerate(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None };
        return new System.IO.Enumeration.FileSystemEnumerable<Entry>(folder,
            (ref System.IO.Enumeration.FileSystemEntry e) => new Entry(e.ToFullPath(), (e.Attributes & FileAttributes.ReparsePoint) != 0, e.Length, e.LastWriteTimeUtc.UtcDateTime), options)
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry e) =>
                !e.IsDirectory && e.FileName.EndsWith(".md", StringComparison.OrdinalIgnoreCase),
            // Never descend through a folder link: that is how loops and escapes happen.
            ShouldRecursePredicate = (ref System.IO.Enumeration.FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
    }

    /// <summary>The folder a collection's files of one locale are listed from.</summary>
    public static string FolderOf(string root, CollectionConfig collection, string locale) => Path.Combine(root, collection.PathFor(locale));

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
        using var paused = (tuning ?? LoadTuning.Default).Pause(LoadTuning.LoadBytesPerDiskByte * DiskBytes(files));
        return Read(files, listProblems, cancellationToken);
    }

    /// <summary>The size of the listed files when they were listed.</summary>
    public static long DiskBytes(IReadOnlyList<ContentFile> files)
    {
        long total = 0;
        foreach (var file in files) total += Math.Max(file.Length, 0);
        return total;
    }

    /// <summary>Reads listed files; one that vanished or became unreadable since listing is a finding.</summary>
    public LoadResult Read(IReadOnlyList<ContentFile> files, IEnumerable<Diagnostic> listProblems, CancellationToken cancellationToken = default)
    {
        var documents = new ReviewDocument?[files.Count];
        var shown = progress ?? Progress.NoProgress.Instance;
        var done = 0;
        var problems = new ConcurrentBag<Diagnostic>(listProblems);
        // One read buffer per worker, grown as needed: the bytes of nearly every file are dropped
        // once decoded, and allocating them afresh was a sixth of all a check allocates.
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, () => Array.Empty<byte>(), (i, _, buffer) =>
        {
            var file = files[i];
            var length = TryRead(file, problems, ref buffer);
            if (length >= 0)
            {
                // A buffer handed to a document as its bytes must not be overwritten by the next file.
                var document = DocumentReader.Read(buffer, length, file.FullPath, file.RelativePath, file.Collection, file.Locale);
                if (ReferenceEquals(document.RawBytes, buffer)) buffer = [];
                documents[i] = document;
            }
            var n = Interlocked.Increment(ref done);
            if (n % 256 == 0) shown.Report("Loading", n, files.Count);
            return buffer;
        }, _ => { });
        shown.Complete("Loading");
        logger.LogDebug("Loaded {Count} documents", files.Count);
        return new LoadResult(documents.OfType<ReviewDocument>().ToList(), [.. problems]);
    }

    /// <summary>
    /// The pairing key of each file (its <c>ref</c>, or its stem), from its front matter alone:
    /// what a check of a large site needs to know before it reads the site in parts. A file that
    /// cannot be read gets its stem; reading it again reports why.
    /// </summary>
    public string[] ReadKeys(IReadOnlyList<ContentFile> files, CancellationToken cancellationToken = default)
    {
        var keys = new string[files.Count];
        var ignored = new ConcurrentBag<Diagnostic>();
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, () => Array.Empty<byte>(), (i, loop, buffer) =>
        {
            var file = files[i];
            var length = TryRead(file, ignored, ref buffer);
            var frontMatter = length < 0 ? null : FrontMatterParser.Parse(DecodedText.Decode(buffer.AsSpan(0, length)).Text, out _);
            keys[i] = ReviewDocument.RefOf(frontMatter) ?? Path.GetFileNameWithoutExtension(file.FullPath);
            return buffer;
        }, _ => { });
        return keys;
    }

    /// <summary>Reads a file into <paramref name="buffer"/> (grown when too small); its length, or -1 when it cannot be read.</summary>
    private static int TryRead(ContentFile file, ConcurrentBag<Diagnostic> problems, ref byte[] buffer)
    {
        try
        {
            // A named pipe or a device reports no size and would block (or never end) when opened:
            // an entry of size 0 is read as empty without opening it, which an empty file is anyway.
            // The size from the listing is trusted only where nothing depends on it being current:
            // an empty or oversized entry is looked at again (it may have changed since, and a
            // batched check reads long after it lists).
            var listed = file.Length is > 0 and <= MaxFileBytes ? file.Length
                : new FileInfo(file.FullPath) is { Exists: true } info ? info.Length : throw new FileNotFoundException(null, file.FullPath);
            if (listed == 0) return 0;
            if (listed > MaxFileBytes) return TooLarge(file, listed, problems);
            using var handle = File.OpenHandle(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            // Read to the end rather than trusting the listed size: the file may have changed since.
            if (buffer.Length <= listed) buffer = new byte[Math.Max(listed + 1, 64 * 1024)];
            var read = 0;
            while (true)
            {
                if (read == buffer.Length)
                {
                    if (read >= MaxFileBytes) return TooLarge(file, read, problems);
                    Array.Resize(ref buffer, (int)Math.Min(2L * buffer.Length, MaxFileBytes + 1));
                }
                var n = RandomAccess.Read(handle, buffer.AsSpan(read), read);
                if (n == 0) return read;
                read += n;
                // A regular file reads short only at its end: no second call to be told so.
                if (read < buffer.Length) return read;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(Findings.Content.FileUnreadable(file, ex));
            return -1;
        }
    }

    private static int TooLarge(ContentFile file, long length, ConcurrentBag<Diagnostic> problems)
    {
        problems.Add(Findings.Content.FileUnreadable(file, $"is {length / (1024 * 1024)} MiB, over the {MaxFileBytes / (1024 * 1024)} MiB limit"));
        return -1;
    }
}
