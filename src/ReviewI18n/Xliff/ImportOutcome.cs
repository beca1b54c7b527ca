namespace ReviewI18n.Xliff;

/// <summary>What became of one unit: written, already there, not translated yet (no target), or skipped with the reason.</summary>
public sealed record ImportOutcome(string UnitId, string File, int XliffLine, ImportResult Result, string? Reason = null)
{
    /// <summary>The source section's key in the baseline store, for units written, or kept as they were and confirmed: what import marks current.</summary>
    public string? DriftKey { get; init; }

    /// <summary>The pair the unit belongs to, when it names one of the site's.</summary>
    public Pairing.DocumentPair? Pair { get; init; }
}

public enum ImportResult
{
    Imported,
    Unchanged,
    NotTranslated,
    Skipped,
}

/// <summary>One translation file's text before and after the import, and the bytes to write.</summary>
public sealed record ImportedFile(Pairing.DocumentPair Pair, string OldText, string NewText, byte[] NewBytes);
