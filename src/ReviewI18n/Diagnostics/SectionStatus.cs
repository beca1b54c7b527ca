namespace ReviewI18n.Diagnostics;

/// <summary>
/// Where a source section stands in one locale. When a section has several findings the most
/// work wins: missing, then untranslated, then stale.
/// </summary>
public enum SectionStatus
{
    Current,
    Stale,
    Untranslated,
    Missing,
}
