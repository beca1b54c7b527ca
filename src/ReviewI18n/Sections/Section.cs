namespace ReviewI18n.Sections;

/// <summary>
/// The text under one <c>## </c> heading (a <c>###</c> inside belongs to its <c>##</c>), or the
/// preamble before the first one (<see cref="IsPreamble"/>, empty heading). Offsets index the
/// document's decoded text; lines are 1-based file lines.
/// </summary>
public sealed record Section(
    int Index,
    string Heading,
    int HeadingLine,
    int HeadingColumn,
    int ContentStart,
    int ContentEnd,
    int ContentFirstLine,
    int LastLine)
{
    public bool IsPreamble => Index < 0;

    /// <summary>The section's text below its heading line.</summary>
    public ReadOnlySpan<char> ContentOf(string documentText) => documentText.AsSpan(ContentStart, ContentEnd - ContentStart);
}
