namespace ReviewI18n.Drift;

/// <summary>What a <see cref="ChangeToken"/> stands for.</summary>
public enum ChangeTokenKind
{
    /// <summary>A word of prose (case-folded), or one CJK character.</summary>
    Word,

    /// <summary>A number that is not a price, with its unit when it has one (<c>40mm</c>, <c>0.5</c>).</summary>
    Figure,

    /// <summary>An amount of money with its currency (<c>44000 JPY</c>, <c>293 USD</c>).</summary>
    Price,

    /// <summary>A section score, in any of the forms the site has used (<c>$$ \Large \text{0.4} $$</c>, <c>Score: 0.4</c>).</summary>
    Score,

    /// <summary>A citation marker <c>[n]</c>.</summary>
    Marker,

    /// <summary>An http(s) URL.</summary>
    Url,

    /// <summary>A line of fenced code, whole.</summary>
    Code,
}

/// <summary>
/// One unit of meaning in a section's text, as drift compares old and new versions: punctuation,
/// markup and spacing are not tokens, so an edit that changes only those changes no token.
/// <see cref="Value"/> is canonical (case-folded word, normalized number); <see cref="Text"/> is
/// as written, for messages. A price's <see cref="Currency"/> is an ISO code.
/// </summary>
public sealed record ChangeToken(ChangeTokenKind Kind, string Value, string Text, string? Currency = null)
{
    /// <summary>
    /// For a word: it looks like a name (a product, brand or standard: "AeroFit", "QCC3086",
    /// "Auracast" inside a sentence), which a translation keeps in Latin letters.
    /// </summary>
    public bool IsName { get; init; }

    /// <summary>
    /// In an entry of a reference list (a list item or <c>[n]</c> line with a URL): its title and
    /// notes follow each locale's conventions, and only its URL says which source it is. Also a
    /// line that is only a date (the review's time stamp).
    /// </summary>
    public bool InReference { get; init; }

    /// <summary>The price's amount, or the figure's number without its unit.</summary>
    public decimal? Amount { get; init; }

    public bool Equals(ChangeToken? other) => other is not null && Kind == other.Kind && Value == other.Value;

    public override int GetHashCode() => HashCode.Combine(Kind, Value);
}
