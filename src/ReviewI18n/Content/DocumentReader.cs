using ReviewI18n.Configuration;
using ReviewI18n.Sections;

namespace ReviewI18n.Content;

/// <summary>Turns a file's bytes into a <see cref="ReviewDocument"/>. Never throws on content.</summary>
public static class DocumentReader
{
    public static ReviewDocument Read(byte[] bytes, string fullPath, string relativePath, CollectionConfig collection, string locale) =>
        Read(bytes, bytes.Length, fullPath, relativePath, collection, locale);

    /// <summary>
    /// An older version of a file as drift compares it: its text and its sections, found below
    /// the front matter without reading the front matter's fields (history holds thousands of
    /// versions, and no finding is made on them). It has no <see cref="ReviewDocument.FrontMatter"/>,
    /// so its <see cref="ReviewDocument.Ref"/> and <see cref="ReviewDocument.Key"/> are not the
    /// file's: never pair it or report on it; paths and locale are <paramref name="current"/>'s.
    /// </summary>
    public static ReviewDocument ReadVersion(byte[] bytes, ReviewDocument current)
    {
        var decoded = DecodedText.Decode(bytes);
        var text = decoded.Text;
        var block = FrontMatterBlock.Locate(text, out _);
        var bodyStart = block?.BodyStart ?? 0;
        var (preamble, sections) = bodyStart <= text.Length ? SectionSplitter.Split(text, bodyStart, block?.BodyFirstLine ?? 1) : (null, []);
        return new ReviewDocument
        {
            Collection = current.Collection,
            Locale = current.Locale,
            FullPath = current.FullPath,
            RelativePath = current.RelativePath,
            RawBytes = decoded.InvalidBytes.Count == 0 ? null : bytes,
            Decoded = decoded,
            Lines = new LineMap(text),
            Preamble = preamble,
            Sections = sections,
        };
    }

    /// <summary>
    /// Reads the first <paramref name="length"/> bytes of <paramref name="buffer"/>, which the
    /// caller may reuse afterwards: the bytes are copied only when the document must keep them
    /// (invalid UTF-8), so a loader can read every file of a site into one buffer per thread.
    /// </summary>
    public static ReviewDocument Read(byte[] buffer, int length, string fullPath, string relativePath, CollectionConfig collection, string locale)
    {
        var bytes = buffer.AsSpan(0, length);
        var decoded = DecodedText.Decode(bytes);
        var text = decoded.Text;
        var frontMatter = FrontMatterParser.Parse(text, out var problem);
        Section? preamble = null;
        IReadOnlyList<Section> sections = [];
        var block = frontMatter?.Block ?? (problem is null ? null : FrontMatterBlock.Locate(text, out _));
        var bodyStart = block?.BodyStart ?? 0;
        var bodyFirstLine = block?.BodyFirstLine ?? 1;
        if (bodyStart <= text.Length)
        {
            (preamble, sections) = SectionSplitter.Split(text, bodyStart, bodyFirstLine);
        }
        return new ReviewDocument
        {
            Collection = collection,
            Locale = locale,
            FullPath = fullPath,
            RelativePath = relativePath,
            RawBytes = decoded.InvalidBytes.Count == 0 ? null : length == buffer.Length ? buffer : bytes.ToArray(),
            Decoded = decoded,
            Lines = new LineMap(text),
            FrontMatter = frontMatter,
            FrontMatterProblem = problem,
            Preamble = preamble,
            Sections = sections,
        };
    }
}
