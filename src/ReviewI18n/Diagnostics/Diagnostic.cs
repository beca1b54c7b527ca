namespace ReviewI18n.Diagnostics;

/// <summary>
/// One finding. Immutable; created only by <see cref="Findings"/>. <see cref="File"/> is relative
/// to the site root (the folder of pipeline.json) with '/' separators; line and column are
/// 1-based and point into the file as it is on disk, front matter included.
/// </summary>
public sealed record Diagnostic
{
    public required Rule Rule { get; init; }
    public required Severity Severity { get; init; }
    public required string Message { get; init; }
    public required string File { get; init; }
    public int Line { get; init; } = 1;
    public int Column { get; init; } = 1;
    public string? Collection { get; init; }
    public string? Ref { get; init; }
    public string? Locale { get; init; }
    public string? Section { get; init; }

    /// <summary>The heading of the section the finding is about, as its file writes it, when it is about a section.</summary>
    public string? Heading { get; init; }

    /// <summary>
    /// The index of the section the finding is about among the sections of <see cref="SectionFile"/>
    /// (or of <see cref="File"/> when that is null), when it is about a section. With the file, this
    /// names the section exactly: reports find it in a pair's alignment without matching keys or lines.
    /// </summary>
    public int? SectionIndex { get; init; }

    /// <summary>The file whose section the finding is about when it is not <see cref="File"/>: the source, for a section the translation lacks.</summary>
    public string? SectionFile { get; init; }
    public string? Suggestion { get; init; }

    /// <summary>Rule-specific structured detail (for example both values of a fact) for JSON and reports.</summary>
    public IReadOnlyDictionary<string, string>? Data { get; init; }

    public static IComparer<Diagnostic> Order { get; } = Comparer<Diagnostic>.Create(static (a, b) =>
    {
        var c = string.CompareOrdinal(a.File, b.File);
        if (c == 0) c = a.Line.CompareTo(b.Line);
        if (c == 0) c = a.Column.CompareTo(b.Column);
        if (c == 0) c = string.CompareOrdinal(a.Rule.Name, b.Rule.Name);
        if (c == 0) c = string.CompareOrdinal(a.Locale, b.Locale);
        if (c == 0) c = string.CompareOrdinal(a.Message, b.Message);
        return c;
    });
}
