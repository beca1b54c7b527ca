using ReviewI18n.Diagnostics;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Reports;

/// <summary>
/// The status of every source section of one pair, from its alignment and its findings. A source
/// section is current when its aligned translation exists and has no stale-section,
/// untranslated-section or missing-section finding; fact mismatches do not change that.
/// </summary>
internal static class SectionStatuses
{
    public static Dictionary<AlignedSection, SectionStatus> Of(SectionAlignment alignment, DocumentPair pair, IReadOnlyList<Diagnostic> findings)
    {
        var statuses = new Dictionary<AlignedSection, SectionStatus>(ReferenceEqualityComparer.Instance);
        foreach (var a in alignment.Sections)
        {
            if (a.Source is not null) statuses[a] = a.Translation is null ? SectionStatus.Missing : SectionStatus.Current;
        }
        if (findings.Count == 0) return statuses;
        foreach (var d in findings)
        {
            var status = d.Rule.Marks;
            if (status is null) continue;
            if (SectionLocator.Find(alignment, pair, d) is { } a && statuses[a] < status.Value) statuses[a] = status.Value;
        }
        return statuses;
    }
}
