using System.Text.Json;
using Microsoft.Extensions.Logging;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.Diagnostics;

namespace ReviewI18n.Cache;

/// <summary>
/// The findings of the last whole check, in <c>.review-i18n/cache/check.json</c>, reused when
/// nothing they depend on changed: the build of the tool (its module id: any rebuild is another
/// tool), pipeline.json, every glossary file, the baseline store, the commit checked out (drift
/// reads the history), and every content file by path, size and time of last write (as git's index
/// does; a file written within two seconds of the check is not trusted, so an edit in the same
/// clock tick cannot hide). A cache that is missing, truncated, not JSON, written by another build
/// or for another key is ignored and written again; it is written whole or not at all.
/// </summary>
public sealed class FindingCache(PipelineConfig config, ContentLoader loader, ILogger<FindingCache> logger)
{
    /// <summary>
    /// The findings of the whole site: from the cache when nothing changed, else from a check
    /// (<paramref name="check"/>), which is then cached. Only the listing, one <c>git rev-parse</c>
    /// and the hashing run before the cache is read: the checks and their glossaries are not even
    /// built on a hit.
    /// </summary>
    public CheckFindings Findings(Func<IReadOnlyList<ContentFile>, IReadOnlyList<Diagnostic>, CheckFindings> check)
    {
        var look = Look();
        if (look.Cached is { } cached) return cached;
        var findings = check(look.Files, look.ListProblems);
        if (look.Key is not null) Write(look.Key, findings);
        return findings;
    }

    /// <summary>What a run over the site as it is now would find in the cache.</summary>
    /// <param name="Files">The content files, listed.</param>
    /// <param name="ListProblems">What the listing found (links out of the site).</param>
    /// <param name="Key">The key findings of these files are kept under; null when a file is too fresh to trust.</param>
    /// <param name="Cached">The findings kept under that key, or null.</param>
    public sealed record Lookup(IReadOnlyList<ContentFile> Files, IReadOnlyList<Diagnostic> ListProblems, string? Key, CheckFindings? Cached);

    /// <summary>Lists the site, works out its key and reads the findings kept under it: only the listing, one <c>git rev-parse</c> and the hashing run.</summary>
    public Lookup Look()
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var files = loader.ListFiles(out var listProblems);
        var listed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var key = Key(files, config.UseGitHistory ? History.GitHead.Of(config.Root) : null);
        var keyed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var cached = key is null ? null : TryRead(key);
        if (cached is not null)
        {
            logger.LogDebug("Findings of {Files} files read from the cache {Path}: listed in {Listed:F0} ms, key in {Key:F0} ms, read in {Read:F0} ms",
                files.Count, Path, listed.TotalMilliseconds, (keyed - listed).TotalMilliseconds, (System.Diagnostics.Stopwatch.GetElapsedTime(started) - keyed).TotalMilliseconds);
        }
        return new Lookup(files, listProblems, key, cached);
    }

    private const int Format = 2;

    /// <summary>How close to now a file's time may be for the cache to be written.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    public string Path => System.IO.Path.Combine(config.Root, ".review-i18n", "cache", "check.json");

    /// <summary>The key of a check over these files, or null when one of them is too fresh to trust.</summary>
    public string? Key(IReadOnlyList<ContentFile> files, string? head)
    {
        var now = DateTime.UtcNow;
        using var hash = CacheFiles.Start(config, $"format {Format} head {head} history {config.UseGitHistory}");
        void Add(string text) => CacheFiles.Add(hash, text);
        CacheFiles.AddFile(hash, config.BaselinePath);
        foreach (var file in files)
        {
            // A link's own time says nothing of its target's: a site with links is not cached.
            if (file.Length < 0 || file.LastWriteUtc == default || now - file.LastWriteUtc < Settle) return null;
            Add($"{file.RelativePath}\t{file.Length}\t{file.LastWriteUtc.Ticks}");
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The cached findings for this key, or null (no cache, another key, or a file that does not read back).</summary>
    public CheckFindings? TryRead(string key)
    {
        try
        {
            if (!File.Exists(Path)) return null;
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path));
            var root = json.RootElement;
            if (root.GetProperty("format").GetInt32() != Format || root.GetProperty("build").GetString() != CacheFiles.Build || root.GetProperty("key").GetString() != key) return null;
            var diagnostics = new List<Diagnostic>();
            foreach (var d in root.GetProperty("diagnostics").EnumerateArray())
            {
                var rule = Rules.Find(d.GetProperty("rule").GetString()!) ?? throw new FormatException("unknown rule");
                diagnostics.Add(new Diagnostic
                {
                    Rule = rule,
                    Severity = (Severity)d.GetProperty("severity").GetInt32(),
                    Message = d.GetProperty("message").GetString()!,
                    File = d.GetProperty("file").GetString()!,
                    Line = d.GetProperty("line").GetInt32(),
                    Column = d.GetProperty("column").GetInt32(),
                    Collection = CacheFiles.Optional(d, "collection"),
                    Ref = CacheFiles.Optional(d, "ref"),
                    Locale = CacheFiles.Optional(d, "locale"),
                    Section = CacheFiles.Optional(d, "section"),
                    Heading = CacheFiles.Optional(d, "heading"),
                    SectionIndex = d.TryGetProperty("sectionIndex", out var index) ? index.GetInt32() : null,
                    SectionFile = CacheFiles.Optional(d, "sectionFile"),
                    Suggestion = CacheFiles.Optional(d, "suggestion"),
                    Data = d.TryGetProperty("data", out var data) ? data.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal) : null,
                });
            }
            return new CheckFindings(root.GetProperty("documents").GetInt32(), root.GetProperty("pairs").GetInt32(), diagnostics);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IOException or UnauthorizedAccessException or NullReferenceException)
        {
            logger.LogDebug("Findings cache {Path} ignored: {Reason}", Path, ex.Message);
            return null;
        }
    }

    /// <summary>Writes the findings under their key, atomically; a cache that cannot be written is only logged.</summary>
    public void Write(string key, CheckFindings findings)
    {
        CacheFiles.WriteJson(Path, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("format", Format);
            json.WriteString("build", CacheFiles.Build);
            json.WriteString("key", key);
            json.WriteNumber("documents", findings.Documents);
            json.WriteNumber("pairs", findings.Pairs);
            json.WriteStartArray("diagnostics");
            foreach (var d in findings.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("rule", d.Rule.Name);
                json.WriteNumber("severity", (int)d.Severity);
                json.WriteString("message", d.Message);
                json.WriteString("file", d.File);
                json.WriteNumber("line", d.Line);
                json.WriteNumber("column", d.Column);
                if (d.Collection is { } c) json.WriteString("collection", c);
                if (d.Ref is { } r) json.WriteString("ref", r);
                if (d.Locale is { } l) json.WriteString("locale", l);
                if (d.Section is { } s) json.WriteString("section", s);
                if (d.Heading is { } h) json.WriteString("heading", h);
                if (d.SectionIndex is { } i) json.WriteNumber("sectionIndex", i);
                if (d.SectionFile is { } f) json.WriteString("sectionFile", f);
                if (d.Suggestion is { } g) json.WriteString("suggestion", g);
                if (d.Data is { } data)
                {
                    json.WriteStartObject("data");
                    foreach (var (name, value) in data) json.WriteString(name, value);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }, logger);
    }
}
