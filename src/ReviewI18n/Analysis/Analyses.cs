namespace ReviewI18n.Analysis;

/// <summary>
/// The parts of the analysis that cost enough to be computed only when an enabled check reads
/// them (<see cref="Checks.ICheck.Reads"/>). Section keys, drift sections and alignments are
/// always computed: every section rule and report reads them, and they are cheap.
/// </summary>
[Flags]
public enum Analyses
{
    None = 0,

    /// <summary>The encoding survey of each document (<see cref="DocumentAnalysis.Encoding"/>).</summary>
    Encoding = 1,

    /// <summary>The reference list of each document (<see cref="DocumentAnalysis.References"/>).</summary>
    References = 2,

    /// <summary>The facts of each section (<see cref="DocumentAnalysis.Facts"/>).</summary>
    Facts = 4,

    /// <summary>The drift baseline of each pair, from the baseline store and git (<see cref="PairAnalysis.Baseline"/>).</summary>
    Baselines = 8,
}
