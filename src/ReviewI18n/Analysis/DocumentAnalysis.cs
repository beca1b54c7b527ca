using ReviewI18n.Content;
using ReviewI18n.Drift;
using ReviewI18n.Encodings;
using ReviewI18n.Facts;
using ReviewI18n.Sections;

namespace ReviewI18n.Analysis;

/// <summary>
/// What the checks and reports read about one document, derived once by the Analyze stage
/// (<see cref="Analyzer"/>) and never changed after. The optional parts are there when the
/// analysis was asked for them (<see cref="Analyses"/>); reading one that was not is a
/// programming error, said with the check that forgot to declare it.
/// </summary>
public sealed class DocumentAnalysis
{
    private readonly EncodingAnalysis? _encoding;
    private readonly ReferenceList? _references;
    private readonly SectionFacts[]? _facts;

    internal DocumentAnalysis(ReviewDocument document, IReadOnlyList<KeyedSection> sections, IReadOnlyList<DriftSection> driftSections,
        EncodingAnalysis? encoding, ReferenceList? references, SectionFacts[]? facts)
    {
        Document = document;
        Sections = sections;
        DriftSections = driftSections;
        _encoding = encoding;
        _references = references;
        _facts = facts;
    }

    public ReviewDocument Document { get; }

    /// <summary>Every section with its key through the heading glossary, in file order.</summary>
    public IReadOnlyList<KeyedSection> Sections { get; }

    /// <summary>The sections as drift and the baseline store key them (a repeated key gets <c>#2</c>, ...).</summary>
    public IReadOnlyList<DriftSection> DriftSections { get; }

    public EncodingAnalysis Encoding => _encoding ?? throw NotComputed(Analyses.Encoding);

    public ReferenceList References => _references ?? throw NotComputed(Analyses.References);

    /// <summary>The facts of the section at <paramref name="sectionIndex"/> (its index in <see cref="ReviewDocument.Sections"/>).</summary>
    public SectionFacts Facts(int sectionIndex) => (_facts ?? throw NotComputed(Analyses.Facts))[sectionIndex];

    internal Analyses Computed =>
        (_encoding is null ? 0 : Analyses.Encoding) | (_references is null ? 0 : Analyses.References) | (_facts is null ? 0 : Analyses.Facts);

    private InvalidOperationException NotComputed(Analyses part) =>
        new($"The {part} analysis of {Document.RelativePath} was not computed: the check that reads it must list it in its Reads.");
}
