namespace ReviewI18n.Diagnostics;

/// <summary>The kinds of translator work, most urgent first (the worklist sorts by this order).</summary>
public enum WorkKind
{
    /// <summary>The whole review is not translated yet.</summary>
    MissingTranslation,
    /// <summary>The source section changed since it was translated.</summary>
    StaleSection,
    /// <summary>A section still in the source language.</summary>
    UntranslatedSection,
    /// <summary>A localized front-matter field still in the source language.</summary>
    UntranslatedField,
    /// <summary>A source section with no counterpart.</summary>
    MissingSection,
    /// <summary>A number, score, URL or reference marker that disagrees with the source.</summary>
    FactMismatch,
    /// <summary>Encoding damage to repair in the translation.</summary>
    EncodingDamage,
}
