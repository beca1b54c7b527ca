using ReviewI18n.Baselines;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Analysis;

/// <summary>What the checks and reports read about a source and one translation, derived once by the Analyze stage.</summary>
public sealed class PairAnalysis(DocumentPair pair, SectionAlignment alignment, DriftBaseline? baseline)
{
    public DocumentPair Pair { get; } = pair;

    /// <summary>Which source section corresponds to which translation section (<see cref="SectionAligner"/>).</summary>
    public SectionAlignment Alignment { get; } = alignment;

    /// <summary>
    /// The text the translation was made from, when known and different from the source now;
    /// null otherwise, and always null when the analysis was not asked for baselines.
    /// </summary>
    public DriftBaseline? Baseline { get; } = baseline;
}
