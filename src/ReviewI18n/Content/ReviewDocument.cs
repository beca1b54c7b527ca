using ReviewI18n.Configuration;
using ReviewI18n.Sections;

namespace ReviewI18n.Content;

/// <summary>
/// One Markdown file of one collection and locale, as loaded: its bytes, its decoded text,
/// its front matter (or why it has none) and its sections. Immutable after loading.
/// </summary>
public sealed class ReviewDocument
{
    public required CollectionConfig Collection { get; init; }

    public required string Locale { get; init; }

    /// <summary>Absolute path on disk.</summary>
    public required string FullPath { get; init; }

    /// <summary>Path relative to the site root with '/' separators, as findings show it.</summary>
    public required string RelativePath { get; init; }

    /// <summary>
    /// The file's bytes exactly as on disk (sync and encoding repairs edit these). Kept as read
    /// only for files that are not valid UTF-8; for the others (nearly all) they are rebuilt from
    /// the text on each call, which gives back the same bytes and halves the memory a site takes.
    /// </summary>
    public byte[] Bytes => RawBytes ?? Rebuild();

    /// <summary>The bytes as read, when decoding could not keep them (invalid UTF-8); else null.</summary>
    public byte[]? RawBytes { get; init; }

    public required DecodedText Decoded { get; init; }

    public string Text => Decoded.Text;

    public required LineMap Lines { get; init; }

    public FrontMatter? FrontMatter { get; init; }

    public FrontMatterProblem? FrontMatterProblem { get; init; }

    public Section? Preamble { get; init; }

    public IReadOnlyList<Section> Sections { get; init; } = [];

    /// <summary>The file name without <c>.md</c>.</summary>
    public string Stem => Path.GetFileNameWithoutExtension(FullPath);

    /// <summary>The front-matter <c>ref</c> when it is a non-empty string.</summary>
    public string? Ref => RefOf(FrontMatter);

    /// <summary>The pairing key: the ref, or the file stem when the ref is missing.</summary>
    public string Key => Ref ?? Stem;

    /// <summary>The <c>ref</c> of a front matter when it is a non-empty string.</summary>
    public static string? RefOf(FrontMatter? frontMatter) => frontMatter?["ref"] is { Scalar: { Length: > 0 } r } ? r : null;

    /// <summary>Line of a front-matter key, or of the front matter's first line when the key is absent.</summary>
    public int LineOf(string key) => FrontMatter?[key]?.Line ?? 1;

    public (int Line, int Column) PositionOf(int offset) => Lines.PositionOf(offset);

    public override string ToString() => RelativePath;

    private byte[] Rebuild()
    {
        var start = Decoded.ByteStart;
        var bytes = new byte[start + System.Text.Encoding.UTF8.GetByteCount(Text)];
        if (Decoded.HasBom) "\uFEFF"u8.CopyTo(bytes);
        System.Text.Encoding.UTF8.GetBytes(Text, bytes.AsSpan(start));
        return bytes;
    }
}
