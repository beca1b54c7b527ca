using System.Security.Cryptography;
using System.Text;
using ReviewI18n.Configuration;

namespace ReviewI18n.Cache;

/// <summary>
/// What every cache of <c>.review-i18n/cache</c> is keyed on besides its own inputs: the build of
/// the tool (its module id: any rebuild is another tool), pipeline.json and every glossary file.
/// </summary>
internal static class CacheKey
{
    public static readonly string Build = typeof(CacheKey).Assembly.ManifestModule.ModuleVersionId.ToString("N");

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

    public static void Add(IncrementalHash hash, string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));

    /// <summary>A file's path and its bytes (nothing when it does not exist).</summary>
    public static void AddFile(IncrementalHash hash, string path)
    {
        hash.AppendData(Encoding.UTF8.GetBytes(path + "\n"));
        if (File.Exists(path)) hash.AppendData(File.ReadAllBytes(path));
        hash.AppendData("\n"u8);
    }

    /// <summary>Creates the cache folder with a .gitignore that ignores the folder itself, so git never offers a cache for a commit.</summary>
    public static void EnsureFolder(string folder)
    {
        Directory.CreateDirectory(folder);
        var ignore = Path.Combine(folder, ".gitignore");
        if (!File.Exists(ignore)) File.WriteAllText(ignore, "# review-i18n's caches: local, rebuilt when needed\n*\n");
    }
}
