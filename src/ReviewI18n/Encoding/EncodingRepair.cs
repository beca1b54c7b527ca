using ReviewI18n.Content;

namespace ReviewI18n.Encodings;

/// <summary>What <c>fix-encoding</c> would do to one file: its bytes before and after, and the texts for the diff.</summary>
public sealed record EncodingRepair(ReviewDocument Document, byte[] NewBytes, string OldText, string NewText);

/// <summary>
/// Plans the certain repairs of one document. Repairs are applied to the bytes, then the result
/// is scanned again (an edit may have been set aside because it overlapped another) until nothing
/// is left, so a second run of <c>fix-encoding</c> changes nothing.
/// </summary>
public static class EncodingRepairPlanner
{
    private const int MaxPasses = 4;

    public static EncodingRepair? Plan(ReviewDocument document, EncodingAnalysis analysis, LocaleScripts locale)
    {
        if (!analysis.HasRepairs) return null;
        var (bytes, decoded) = Repair(document.Bytes, document.Decoded, analysis, locale);
        if (bytes.AsSpan().SequenceEqual(document.Bytes)) return null;
        return new EncodingRepair(document, bytes, Shown(document.Decoded), Shown(decoded));
    }

    /// <summary>The bytes with every certain repair applied, and their decoding.</summary>
    public static (byte[] Bytes, DecodedText Decoded) Repair(byte[] bytes, DecodedText decoded, EncodingAnalysis analysis, LocaleScripts locale)
    {
        for (var pass = 0; pass < MaxPasses && analysis.HasRepairs; pass++)
        {
            bytes = ByteEditor.Apply(bytes, decoded, analysis.Edits, analysis.RemoveBom);
            decoded = DecodedText.Decode(bytes);
            analysis = EncodingScanner.Scan(decoded, locale);
        }
        return (bytes, decoded);
    }

    /// <summary>The text as a diff shows it: a byte order mark is part of it.</summary>
    private static string Shown(DecodedText decoded) => decoded.HasBom ? "\uFEFF" + decoded.Text : decoded.Text;
}
