using System.Security.Cryptography;
using System.Text;
using ReviewI18n.Configuration;

namespace ReviewI18n.Cache;

/// <summary>
/// What the caches of <c>.review-i18n/cache</c> share: what each is keyed on besides its own inputs
/// (the build of the tool, its module id: any rebuild is another tool; pipeline.json and every
/// glossary file), and how a cache file is written (whole or not at all).
/// </summary>
internal static class CacheFiles
{
    public static readonly string Build = typeof(CacheFiles).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>A hash to add a cache's own inputs to, holding the build, pipeline.json and the glossary already.</summary>
    public static IncrementalHash Start(PipelineConfig config, string header)
    {
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, $"{header} build {Build}");
        AddFile(hash, config.ConfigPath);
        if (Directory.Exists(config.GlossaryPath))
        {
            foreach (var file in Directory.EnumerateFiles(config.GlossaryPath, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)) AddFile(hash, file);
        }
        return hash;
    }

    /// <summary>The 128-bit XXH3 hash of some bytes in hex: how the caches name contents and histories they only compare.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes) => System.IO.Hashing.XxHash128.HashToUInt128(bytes).ToString("x32", System.Globalization.CultureInfo.InvariantCulture);

    public static void Add(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));

    /// <summary>A file's path and its bytes (nothing when it does not exist).</summary>
    public static void AddFile(IncrementalHash hash, string path)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(path + "\n"));
        if (File.Exists(path)) hash.AppendData(File.ReadAllBytes(path));
        hash.AppendData("\n"u8);
    }

    /// <summary>A string property of a cache entry, or null when it is absent or not a string.</summary>
    public static string? Optional(System.Text.Json.JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : null;

    /// <summary>
    /// Writes a cache file of JSON atomically, in a folder that ignores itself (so git never offers
    /// a cache for a commit). A cache that cannot be written is only logged: the run goes on.
    /// </summary>
    public static void WriteJson(string path, Action<System.Text.Json.Utf8JsonWriter> write, Microsoft.Extensions.Logging.ILogger logger)
    {
        using var buffer = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer)) write(json);
        WriteBytes(path, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), logger);
    }

    /// <summary>Writes a cache file atomically, in a folder that ignores itself; a cache that cannot be written is only logged.</summary>
    public static void WriteBytes(string path, ReadOnlySpan<byte> bytes, Microsoft.Extensions.Logging.ILogger logger)
    {
        try
        {
            var folder = Path.GetDirectoryName(path)!;
            Directory.CreateDirectory(folder);
            var ignore = Path.Combine(folder, ".gitignore");
            if (!File.Exists(ignore)) File.WriteAllText(ignore, "# review-i18n's caches: local, rebuilt when needed\n*\n");
            IO.AtomicFile.WriteAllBytes(path, bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Microsoft.Extensions.Logging.LoggerExtensions.LogDebug(logger, "Cache {Path} not written: {Reason}", path, ex.Message);
        }
    }
}
