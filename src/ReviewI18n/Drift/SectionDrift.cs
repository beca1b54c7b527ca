using ReviewI18n.Sections;

namespace ReviewI18n.Drift;

/// <summary>What happened to a source section since the translation's baseline.</summary>
public enum SectionEdit
{
    Changed,
    Added,
    Removed,
}

/// <summary>
/// One source section that differs from the translation's baseline, with the translation's
/// counterpart, what kind of change it was and, where the old text is known, that text and a word
/// diff. <see cref="Source"/> is null for a section removed from the source.
/// </summary>
public sealed record SectionDrift(string Key, KeyedSection Translation, KeyedSection? Source, SectionEdit Edit, SourceChange Change, string? OldText, string? Diff);
