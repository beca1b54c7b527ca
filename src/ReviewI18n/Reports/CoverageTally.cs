using ReviewI18n.Diagnostics;
namespace ReviewI18n.Reports;

/// <summary>
/// The counts behind one line of the coverage report (a locale, a collection of a locale, or a
/// company). Every source section lands in exactly one of current, stale, untranslated and
/// missing, so <see cref="SourceSections"/> is always their sum.
/// </summary>
public sealed class CoverageTally
{
    public int SourceDocuments { get; private set; }

    public int TranslatedDocuments { get; private set; }

    public int MissingDocuments { get; private set; }

    public int Orphans { get; private set; }

    public int SourceSections => CurrentSections + StaleSections + UntranslatedSections + MissingSections;

    public int CurrentSections { get; private set; }

    public int StaleSections { get; private set; }

    public int UntranslatedSections { get; private set; }

    public int MissingSections { get; private set; }

    /// <summary>Facts that differ between the locales (counted, but they do not make a section non-current).</summary>
    public int FactMismatches { get; private set; }

    /// <summary>Encoding findings in this locale's files.</summary>
    public int EncodingFindings { get; private set; }

    /// <summary>Sections that need a translator: stale, untranslated or missing.</summary>
    public int PendingSections => StaleSections + UntranslatedSections + MissingSections;

    /// <summary>Share of source sections with a current translation, 0..1; 1 when there is nothing to translate.</summary>
    public double Coverage => SourceSections == 0 ? 1.0 : (double)CurrentSections / SourceSections;

    internal void AddSourceDocument(bool translated)
    {
        SourceDocuments++;
        if (translated) TranslatedDocuments++;
        else MissingDocuments++;
    }

    internal void AddOrphan() => Orphans++;

    internal void AddSection(SectionStatus status)
    {
        switch (status)
        {
            case SectionStatus.Current: CurrentSections++; break;
            case SectionStatus.Stale: StaleSections++; break;
            case SectionStatus.Untranslated: UntranslatedSections++; break;
            default: MissingSections++; break;
        }
    }

    internal void AddFactMismatch() => FactMismatches++;

    internal void AddEncodingFinding() => EncodingFindings++;
}
