namespace ReviewI18n.Xliff;

/// <summary>What became of one unit: written, already there, not translated yet (no target), or skipped with the reason.</summary>
public sealed record ImportOutcome(string UnitId, string File, int XliffLine, ImportResult Result, string? Reason = null)
{
    /// <summary>The source section's key in the baseline store, for units written or kept as they were.</summary>
    public string? DriftKey { get; init; }
}

public enum ImportResult
{
    Imported,
    Unchanged,
    NotTranslated,
    Skipped,
}

/// <summary>One translation file's new bytes, and the section keys written into it.</summary>
public sealed record ImportedFile(Pairing.DocumentPair Pair, string OldText, string NewText, byte[] NewBytes, IReadOnlyList<string> SectionKeys);
