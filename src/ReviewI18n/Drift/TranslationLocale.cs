namespace ReviewI18n.Drift;

/// <summary>
/// What drift's classifier needs to know of the translation's locale: the share of a text's
/// letters in scripts only that locale uses (kana and kanji for <c>ja</c>; null when it has none),
/// and the country domain of its local sources (<c>jp</c>: a Japanese shop cited for yen prices).
/// </summary>
public sealed record TranslationLocale(Func<string, double?> TargetShare, string? CountryDomain = null)
{
    /// <summary>Whether the URL is a source in the translation's country, which the source locale replaces with its own.</summary>
    public bool IsLocalSource(string url) =>
        CountryDomain is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Host.EndsWith("." + CountryDomain, StringComparison.OrdinalIgnoreCase);

    /// <summary>The country domain of a locale: its region when it names one (<c>pt-BR</c>: <c>br</c>), else the usual one for its language.</summary>
    public static string? CountryDomainOf(string locale)
    {
        var dash = locale.IndexOfAny(['-', '_']);
        if (dash > 0) return locale[(dash + 1)..].ToLowerInvariant();
        return locale.ToLowerInvariant() switch
        {
            "ja" => "jp",
            "ko" => "kr",
            "zh" => "cn",
            "sv" => "se",
            "da" => "dk",
            "cs" => "cz",
            "uk" => "ua",
            "de" or "fr" or "es" or "it" or "nl" or "pl" or "pt" or "ru" or "fi" or "no" => locale.ToLowerInvariant(),
            _ => null,
        };
    }
}
