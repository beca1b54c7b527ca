using ReviewI18n.Content;

namespace ReviewI18n.Pairing;

/// <summary>A source document and one translation with the same collection and ref.</summary>
public sealed record DocumentPair(ReviewDocument Source, ReviewDocument Translation)
{
    public string Collection => Source.Collection.Name;

    public string Key => Source.Key;

    public string Locale => Translation.Locale;

    public override string ToString() => $"{Locale}/{Key}";
}

/// <summary>A source document with no translation in <paramref name="Locale"/>.</summary>
public sealed record MissingTranslation(ReviewDocument Source, string Locale);
