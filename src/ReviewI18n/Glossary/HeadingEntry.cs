namespace ReviewI18n.Glossary;

/// <summary>
/// One section key of <c>glossary/headings.yml</c>: the headings each locale writes for it (the
/// first is the canonical one, the rest are variants seen on the site) and, for scored sections,
/// the index of its score in the front-matter <c>rating</c> array. A <see cref="Localized"/>
/// section is adapted per locale rather than translated (local prices, local shops as sources), so
/// only its score is compared between locales.
/// </summary>
public sealed record HeadingEntry(string Key, int? RatingIndex, IReadOnlyDictionary<string, IReadOnlyList<string>> Headings, bool Localized = false)
{
    /// <summary>The canonical heading of a locale, or null when the glossary has none for it.</summary>
    public string? CanonicalFor(string locale) => Headings.GetValueOrDefault(locale) is [var first, ..] ? first : null;
}
