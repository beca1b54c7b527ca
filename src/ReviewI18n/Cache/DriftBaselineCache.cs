using System.Text.Json;
using Microsoft.Extensions.Logging;
using ReviewI18n.Baselines;
using ReviewI18n.Configuration;
using ReviewI18n.History;

namespace ReviewI18n.Cache;

/// <summary>
/// Drift baselines worked out from git history, kept in <c>.review-i18n/cache/drift.json</c> so
/// that a check after an edit or a new commit reads history again only for the pairs whose files
/// changed. A pair's git baseline is a function of the history of its two files, their exact
/// contents and the section keys (pipeline.json, the glossary, the build of the tool): the file is
/// keyed on the last three; each entry holds the pair's paths, content ids, history key and the
/// commit it was last checked against. A cache that is missing, truncated, not JSON, from
/// another build or for another key is ignored and written again; it is written whole (an atomic
/// rename) or not at all, once, when the run ends (the host disposes it): a site checked in
/// batches reads it once and writes it once, not once per batch. Beside it, <c>log.bin</c> keeps
/// git's log of the content folders at the commit last checked out (<see cref="ReadLog"/>): a
/// commit's history never changes, so until the next commit a check after an edit asks git only
/// for the versions of the pairs that changed, and after new commits only for their part of the log.
/// </summary>
public sealed class DriftBaselineCache(PipelineConfig config, ILogger<DriftBaselineCache> logger) : IDisposable
{
    private const int Format = 2;

    /// <summary>Off for <c>check --no-cache</c>: everything is worked out again (and nothing written).</summary>
    public bool Enabled { get; set; } = true;

    public string Path => System.IO.Path.Combine(config.Root, ".review-i18n", "cache", "drift.json");

    /// <summary>
    /// One pair's git baseline, or null when it has none, for these contents of its files
    /// (<see cref="ContentId"/>) and this history of them (a key the drift provider makes of their
    /// commits), last checked against commit <see cref="Head"/>.
    /// </summary>
    public sealed record Entry(string SourcePath, string TranslationId, string SourceId, string Head, string History, DriftBaseline? Baseline);

    /// <summary>
    /// What an entry knows a file's contents by: the 128-bit XXH3 hash of its text (with its BOM)
    /// or, for a file that is not valid UTF-8, of its bytes. The text stands for the bytes without
    /// encoding them again, and the whole site hashes in milliseconds; a cache is no trust boundary.
    /// </summary>
    public static string ContentId(Content.ReviewDocument document) => document.RawBytes is { } raw
        ? $"bytes {raw.Length} {CacheFiles.Hash(raw)}"
        : $"text{(document.Decoded.HasBom ? " bom" : "")} {document.Text.Length} {CacheFiles.Hash(System.Runtime.InteropServices.MemoryMarshal.AsBytes(document.Text.AsSpan()))}";

    /// <summary>
    /// The entries, by the translation's path, as the file holds them or as last updated in this
    /// run; none when there is no cache for this configuration and build (or it does not read back).
    /// </summary>
    public IReadOnlyDictionary<string, Entry> Read()
    {
        lock (_gate)
        {
            if (!Enabled) return new Dictionary<string, Entry>(StringComparer.Ordinal);
            return _entries ??= Load();
        }
    }

    /// <summary>Takes the entries as they now are; they are written when the run ends.</summary>
    public void Update(IReadOnlyDictionary<string, Entry> entries)
    {
        lock (_gate)
        {
            if (!Enabled) return;
            _entries = entries;
            _changed = true;
        }
    }

    /// <summary>Writes the entries when this run changed them.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (!_changed || !Enabled || _entries is null) return;
            Write(_entries);
            _changed = false;
        }
    }

    public string LogPath => System.IO.Path.Combine(config.Root, ".review-i18n", "cache", "log.bin");

    /// <summary>
    /// git's log as <see cref="History.GitHistory.Log"/> read it at a commit, for
    /// <paramref name="key"/> (the site's folders), with that commit; or null: none kept, kept for
    /// other folders or by another build, or not whole (its length and the XXH128 hash of the commit
    /// and the log are checked; a log cut short would hide commits).
    /// </summary>
    public KeptLog? ReadLog(string key)
    {
        if (!Enabled) return null;
        try
        {
            if (!File.Exists(LogPath)) return null;
            var bytes = File.ReadAllBytes(LogPath);
            var newline = Array.IndexOf(bytes, (byte)'\n');
            if (newline < 0) return null;
            var header = System.Text.Encoding.UTF8.GetString(bytes, 0, newline).Split(' ');
            var body = bytes.AsMemory(newline + 1);
            if (header is not [LogFormat, var forKey, var commit, var length, var hash] || forKey != KeyOf(key)
                || length != body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) || hash != LogHash(commit, body.Span))
            {
                return null;
            }
            return new KeptLog(commit, body.ToArray());
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A log kept in <see cref="LogPath"/>: git's log of the content folders at <paramref name="Commit"/>.</summary>
    public sealed record KeptLog(string Commit, byte[] Log);

    /// <summary>Keeps <paramref name="log"/>, git's log at <paramref name="commit"/>, for <paramref name="key"/> in place of any other (atomically; a log that cannot be written is only logged).</summary>
    public void WriteLog(string key, string commit, byte[] log)
    {
        if (!Enabled) return;
        var header = System.Text.Encoding.UTF8.GetBytes($"{LogFormat} {KeyOf(key)} {commit} {log.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)} {LogHash(commit, log)}\n");
        CacheFiles.WriteBytes(LogPath, [.. header, .. log], logger);
    }

    private const string LogFormat = "review-i18n-git-log-2";

    /// <summary>The hash of a kept log and the commit it is the log of: another commit's name on the same log does not pass.</summary>
    private static string LogHash(string commit, ReadOnlySpan<byte> log) => CacheFiles.Hash(System.Text.Encoding.UTF8.GetBytes($"{commit}\n{CacheFiles.Hash(log)}"));

    /// <summary>The key with the build of the tool: another build may ask git for its log in another form.</summary>
    private static string KeyOf(string key) => CacheFiles.Hash(System.Text.Encoding.UTF8.GetBytes($"{CacheFiles.Build}\n{key}"));

    private readonly object _gate = new();
    private IReadOnlyDictionary<string, Entry>? _entries;
    private bool _changed;

    private Dictionary<string, Entry> Load()
    {
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        try
        {
            if (!File.Exists(Path)) return entries;
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path));
            var root = json.RootElement;
            if (root.GetProperty("format").GetInt32() != Format || root.GetProperty("key").GetString() != Key()) return entries;
            foreach (var e in root.GetProperty("pairs").EnumerateArray())
            {
                var baseline = e.TryGetProperty("baseline", out var b) ? ReadBaseline(b) : null;
                entries[e.GetProperty("translation").GetString()!] = new Entry(e.GetProperty("source").GetString()!,
                    e.GetProperty("translationId").GetString()!, e.GetProperty("sourceId").GetString()!,
                    e.GetProperty("head").GetString()!, e.GetProperty("history").GetString()!, baseline);
            }
            return entries;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or IOException or UnauthorizedAccessException or NullReferenceException or ArgumentException)
        {
            logger.LogDebug("Drift cache {Path} ignored: {Reason}", Path, ex.Message);
            return new Dictionary<string, Entry>(StringComparer.Ordinal);
        }
    }

    /// <summary>Writes the entries, atomically; a cache that cannot be written is only logged.</summary>
    private void Write(IReadOnlyDictionary<string, Entry> entries)
    {
        CacheFiles.WriteJson(Path, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("format", Format);
            json.WriteString("key", Key());
            json.WriteStartArray("pairs");
            foreach (var (translation, entry) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("translation", translation);
                json.WriteString("source", entry.SourcePath);
                json.WriteString("translationId", entry.TranslationId);
                json.WriteString("sourceId", entry.SourceId);
                json.WriteString("head", entry.Head);
                json.WriteString("history", entry.History);
                if (entry.Baseline is { } baseline)
                {
                    json.WritePropertyName("baseline");
                    WriteBaseline(json, baseline);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }, logger);
    }

    /// <summary>
    /// The file's key: its format, the build, pipeline.json and the glossary, read once (near when
    /// the run read them), so an edit of the glossary during a run does not label what was worked
    /// out with the old section keys as the new glossary's.
    /// </summary>
    private string Key()
    {
        if (_key is null)
        {
            using var hash = CacheFiles.Start(config, $"drift format {Format}");
            _key = Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        return _key;
    }

    private string? _key;

    private static void WriteBaseline(Utf8JsonWriter json, DriftBaseline baseline)
    {
        json.WriteStartObject();
        WriteMap(json, "hashes", baseline.Hashes);
        if (baseline.Texts is { } texts) WriteMap(json, "texts", texts);
        if (baseline.Commit is { } commit) json.WriteString("commit", commit);
        if (baseline.When is { } when) json.WriteString("when", when);
        if (baseline.By is { } by) json.WriteString("by", by);
        if (baseline.SectionCommits is { } sections)
        {
            json.WriteStartObject("sectionCommits");
            foreach (var (key, at) in sections)
            {
                json.WriteStartObject(key);
                json.WriteString("commit", at.Commit);
                json.WriteNumber("time", at.Time.ToUnixTimeSeconds());
                json.WriteString("author", at.Author);
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static DriftBaseline ReadBaseline(JsonElement b) =>
        new(BaselineOrigin.Git, ReadMap(b.GetProperty("hashes")), b.TryGetProperty("texts", out var texts) ? ReadMap(texts) : null,
            CacheFiles.Optional(b, "commit"), CacheFiles.Optional(b, "when"), CacheFiles.Optional(b, "by"))
        {
            SectionCommits = b.TryGetProperty("sectionCommits", out var sections)
                ? sections.EnumerateObject().ToDictionary(s => s.Name,
                    s => new FileCommit(s.Value.GetProperty("commit").GetString()!, DateTimeOffset.FromUnixTimeSeconds(s.Value.GetProperty("time").GetInt64()), s.Value.GetProperty("author").GetString()!),
                    StringComparer.Ordinal)
                : null,
        };

    private static void WriteMap(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, string> map)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in map) json.WriteString(key, value);
        json.WriteEndObject();
    }

    private static Dictionary<string, string> ReadMap(JsonElement map) =>
        map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
}
