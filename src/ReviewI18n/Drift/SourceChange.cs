namespace ReviewI18n.Drift;

/// <summary>What kind of edit a source section went through since the translation's baseline.</summary>
public enum SourceChangeKind
{
    /// <summary>Prose words changed: claims added, removed or reworded.</summary>
    Meaning,

    /// <summary>
    /// Prose reworded with no name, figure or citation the translation lacks, and less than half
    /// of the words changed (or a rewrite whose new names and figures the translation already
    /// has): on the real site, nearly always the source being edited to match a translation that
    /// already says it. Not reported; the cost is that a short change of claim with no new name
    /// or figure ("not" added) is not reported either (see docs/ACCURACY.md).
    /// </summary>
    Rewording,

    /// <summary>A language-neutral fact changed: a number that is not a price, a unit, the score, a citation marker, a URL.</summary>
    Figures,

    /// <summary>Only amounts of money or their currencies changed (a conversion from yen to dollars, a recomputed price).</summary>
    Prices,

    /// <summary>Only markup, spacing, punctuation, letter case, hyphenation or the form of the score line changed.</summary>
    Formatting,

    /// <summary>The old source section was written mostly in the translation's language and has since been translated into the source language.</summary>
    SourceTranslated,

    /// <summary>The old text is not known (a baseline store entry without a source commit): the change cannot be classified.</summary>
    Unknown,
}

/// <summary>
/// The classified change of one source section: its kind, a few readable details ("40mm → 47mm",
/// "score 0.4 → 0.5"), and whether the translation already shows the new figures.
/// </summary>
public sealed record SourceChange(SourceChangeKind Kind, IReadOnlyList<string> Details, bool ShownInTranslation = false)
{
    /// <summary>True when a translator has work: the meaning or a figure changed and the translation does not show it yet.</summary>
    public bool NeedsTranslation => Kind is SourceChangeKind.Meaning or SourceChangeKind.Figures or SourceChangeKind.Unknown && !ShownInTranslation;

    /// <summary>The kind as findings' <c>data.change</c> names it: <c>meaning</c>, <c>figures</c>, <c>prices</c>, <c>formatting</c>, <c>source-translated</c>, <c>unknown</c>.</summary>
    public string Name => NameOf(Kind);

    public static string NameOf(SourceChangeKind kind) => kind switch
    {
        SourceChangeKind.SourceTranslated => "source-translated",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
