namespace ReviewI18n.Sections;

/// <summary>
/// How the sections of a source document and one translation correspond: matched pairs in
/// source order, then translation-only sections in translation order.
/// </summary>
public sealed record SectionAlignment(IReadOnlyList<AlignedSection> Sections)
{
    public IEnumerable<AlignedSection> Matched => Sections.Where(s => s.IsMatched);

    public IEnumerable<AlignedSection> SourceOnly => Sections.Where(s => s.Translation is null);

    public IEnumerable<AlignedSection> TranslationOnly => Sections.Where(s => s.Source is null);
}
