using ReviewI18n.Content;

namespace ReviewI18n.Accuracy.Encodings;

/// <summary>One review of the corpus as read from disk (never written back).</summary>
internal sealed record CorpusFile(string RelativePath, string Locale, byte[] Bytes)
{
    public DecodedText Decoded { get; } = DecodedText.Decode(Bytes);

    public string Text => Decoded.Text;

    /// <summary>Every <c>*.md</c> under the corpus; the locale is the <c>en</c> or <c>ja</c> folder in its path.</summary>
    public static List<CorpusFile> Load(string root)
    {
        var files = new List<CorpusFile>();
        foreach (var path in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (relative.StartsWith(".git/", StringComparison.Ordinal)) continue;
            var segments = relative.Split('/');
            var locale = segments.Contains("ja") ? "ja" : segments.Contains("en") ? "en" : null;
            if (locale is null) continue;
            files.Add(new CorpusFile(relative, locale, File.ReadAllBytes(path)));
        }
        return files;
    }
}
