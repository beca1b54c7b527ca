namespace ReviewI18n.Sections;

/// <summary>
/// A source section and its counterpart in one translation, under one key. Either side is null
/// when the section exists in one locale only. <see cref="ByPosition"/> says the pair was made
/// by position because at least one heading is unknown to the glossary.
/// </summary>
public sealed record AlignedSection(string Key, KeyedSection? Source, KeyedSection? Translation, bool ByPosition)
{
    public bool IsMatched => Source is not null && Translation is not null;

    /// <summary>The index of this section's score in the rating array, when the glossary gives one.</summary>
    public int? RatingIndex => Source?.Entry?.RatingIndex ?? Translation?.Entry?.RatingIndex;

    /// <summary>True when the glossary marks the section as adapted per locale rather than translated.</summary>
    public bool IsLocalized => (Source?.Entry ?? Translation?.Entry)?.Localized ?? false;
}
