namespace ReviewI18n.Encodings;

/// <summary>Everything the encoding rules found in one text, and the repairs that are certain.</summary>
public sealed class EncodingAnalysis
{
    public static EncodingAnalysis Clean { get; } = new([], []);

    public EncodingAnalysis(IReadOnlyList<EncodingIssue> issues, IReadOnlyList<TextEdit> edits, bool removeBom = false)
    {
        Issues = issues;
        Edits = edits;
        RemoveBom = removeBom;
    }

    /// <summary>Findings in text order.</summary>
    public IReadOnlyList<EncodingIssue> Issues { get; }

    /// <summary>Certain repairs as non-overlapping edits in text order.</summary>
    public IReadOnlyList<TextEdit> Edits { get; }

    /// <summary>Whether the repair drops the byte order mark.</summary>
    public bool RemoveBom { get; }

    public bool HasRepairs => Edits.Count > 0 || RemoveBom;

    public IEnumerable<EncodingIssue> Of(EncodingIssueKind kind) => Issues.Where(i => i.Kind == kind);
}
