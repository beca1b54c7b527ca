namespace ReviewI18n.Accuracy.Sections;

/// <summary>The kinds of damage the harness plants, each with the finding that should report it.</summary>
public enum DefectKind
{
    /// <summary>A ja section's body replaced by the en body (heading kept): untranslated-section.</summary>
    EnglishBody,

    /// <summary>A ja section deleted, heading and body: missing-section.</summary>
    DeletedSection,

    /// <summary>A ja score line changed: fact-mismatch (score).</summary>
    ChangedScore,

    /// <summary>A ja reference marker [a] that the en section also has replaced by an unused [b]: fact-mismatch (citations: another source; reference-markers without lists), or dangling-citation when [b] has no entry.</summary>
    SwappedMarker,
}
