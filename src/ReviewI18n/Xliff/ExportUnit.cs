using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Xliff;

/// <summary>
/// One pending section of one translation, as exported: its stable id (<c>collection/ref/key</c>),
/// the source section's text, the translation's (null for a missing section), why it is pending,
/// and what the translator needs beside it. <see cref="TargetText"/> is what the CAT tool is
/// offered (none while the section is still in the source language); <see cref="CurrentText"/> is
/// the translation's section as it is. <see cref="SourceHash"/> and <see cref="TargetHash"/>
/// record both at export, so an import can tell whether either changed since.
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
    string? CurrentText,
    IReadOnlyList<(string Source, string Target)> Terms,
    IReadOnlyList<string> Facts)
{
    public string SourceHash => UnitText.Hash(SourceText);

    /// <summary>The translation's section at export: its text by hash, or <see cref="UnitText.Absent"/>; always written, so an import never overwrites a hand edit.</summary>
    public string TargetHash => CurrentText is null ? UnitText.Absent : UnitText.Hash(CurrentText);
}

/// <summary>
/// A section's text as the round trip handles it (without the blank lines around it, hashed the same
/// way on export and import) and the ids of units. Not drift's <c>Drift.SectionText</c>: the round trip
/// compares exact text, drift compares normalized text.
/// </summary>
public static class UnitText
{
    public static string Of(string documentText, Section section) => section.ContentOf(documentText).ToString().Trim('\r', '\n', ' ', '\t').Replace("\r\n", "\n", StringComparison.Ordinal);

    public static string Hash(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>What <c>ri:targetHash</c> holds when the translation has no such section.</summary>
    public const string Absent = "absent";

    /// <summary>The id of a unit: collection, ref and section key, joined by '/'.</summary>
    public static string UnitId(string collection, string reference, string key) => $"{collection}/{reference}/{key}";

    /// <summary>
    /// The key a unit gives an aligned section: its alignment key, with <c>#2</c>, <c>#3</c> for a
    /// second and third section under one key, so every source section has its own unit.
    /// </summary>
    public static string KeyOf(SectionAlignment alignment, AlignedSection section)
    {
        var n = 0;
        foreach (var a in alignment.Sections)
        {
            if (a.Source is null || a.Key != section.Key) continue;
            n++;
            if (ReferenceEquals(a, section)) break;
        }
        return n <= 1 ? section.Key : $"{section.Key}#{n}";
    }

    /// <summary>The aligned source section a unit's key names (see <see cref="KeyOf"/>).</summary>
    public static AlignedSection? Find(SectionAlignment alignment, string unitKey)
    {
        var hash = unitKey.LastIndexOf('#');
        var (key, n) = hash > 0 && int.TryParse(unitKey.AsSpan(hash + 1), out var number) ? (unitKey[..hash], number) : (unitKey, 1);
        return alignment.Sections.Where(a => a.Source is not null && a.Key == key).Skip(n - 1).FirstOrDefault();
    }
}
