using ReviewI18n.Glossary;

namespace ReviewI18n.Sections;

/// <summary>
/// A section with its locale-independent key: the glossary's key when the heading is known
/// (<see cref="Entry"/> set), otherwise a slug of the heading itself.
/// </summary>
public sealed record KeyedSection(Section Section, string Key, HeadingEntry? Entry)
{
    public bool IsKnown => Entry is not null;

    public int Index => Section.Index;
}
