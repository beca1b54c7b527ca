using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Xliff;

/// <summary>
/// One pending section of one translation, as exported: its stable id (<c>collection/ref/key</c>),
/// the source section's text, the translation's (null for a missing section), why it is pending,
/// and what the translator needs beside it. <see cref="SourceHash"/> and <see cref="TargetHash"/>
/// record both texts at export, so an import can tell whether either changed since.
/// </summary>
public sealed record ExportUnit(
    string Id,
    DocumentPair Pair,
    AlignedSection Section,
    string Kind,
    string Reason,
    string? Diff,
    string SourceText,
    string? TargetText,
    IReadOnlyList<(string Source, string Target)> Terms,
    IReadOnlyList<string> Facts)
{
    public string SourceHash => SectionText.Hash(SourceText);

    public string? TargetHash => TargetText is null ? null : SectionText.Hash(TargetText);
}

/// <summary>A section's text as the round trip handles it: without the blank lines around it; hashed the same way on both ends.</summary>
public static class SectionText
{
    public static string Of(string documentText, Section section) => section.ContentOf(documentText).ToString().Trim('\r', '\n', ' ', '\t').Replace("\r\n", "\n", StringComparison.Ordinal);

    public static string Hash(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>The id of a unit: collection, ref and section key, joined by '/'.</summary>
    public static string UnitId(string collection, string reference, string key) => $"{collection}/{reference}/{key}";
}
