namespace ReviewI18n.Encodings;

/// <summary>The kinds of encoding damage, one per rule of DESIGN.md.</summary>
public enum EncodingIssueKind
{
    InvalidUtf8,
    ReplacementCharacter,
    Mojibake,
    ByteOrderMark,
    ControlCharacter,
    BidiControl,
    NotNfc,
    MixedLineEndings,
    UnexpectedScript,
    MixedScriptWord,
    InvisibleCharacter,
}

/// <summary>
/// One piece of encoding damage in a decoded text: where it is (character offsets), the damaged
/// text, and when the engine knows it, the repair (<see cref="Repaired"/>) and how it came about.
/// </summary>
public sealed record EncodingIssue(EncodingIssueKind Kind, int Start, int Length, string Text)
{
    public int End => Start + Length;

    /// <summary>The repaired text, when there is one (mojibake, not-nfc, a homoglyph's Latin form).</summary>
    public string? Repaired { get; init; }

    /// <summary>For mojibake: the code pages that explain it.</summary>
    public Misreading? Misreading { get; init; }

    /// <summary>For mojibake: whether the repair is certain enough to be written.</summary>
    public bool Certain { get; init; }

    /// <summary>For invalid-utf8: the offset of the first bad byte in the file.</summary>
    public int ByteOffset { get; init; } = -1;

    /// <summary>A short detail for the message (a script name, line ending counts).</summary>
    public string? Detail { get; init; }
}
