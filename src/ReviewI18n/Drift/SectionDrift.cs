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
/// counterpart, what kind of change it was, its text now and, where known, its text at the
/// baseline. <see cref="Source"/> is null for a section removed from the source.
/// </summary>
public sealed record SectionDrift(string Key, KeyedSection Translation, KeyedSection? Source, SectionEdit Edit, SourceChange Change, string? OldText, string NewText)
{
    /// <summary>
    /// The word diff from the old text to the new (<c>[-old-]{+new+}</c>), for a changed section whose
    /// old text is known; computed when asked for: most changes are never shown.
    /// </summary>
    public string? Diff() => Edit == SectionEdit.Changed && OldText is not null ? WordDiff.Render(WordDiff.Compute(OldText, NewText)) : null;
}
