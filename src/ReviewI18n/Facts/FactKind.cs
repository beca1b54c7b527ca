namespace ReviewI18n.Facts;

/// <summary>The kinds of facts compared between locales; the names appear in findings' data.</summary>
public enum FactKind
{
    /// <summary>The section score line, <c>$$ \Large \text{0.5} $$</c>.</summary>
    Score,

    /// <summary>Reference markers <c>[n]</c> in the text.</summary>
    ReferenceMarker,

    /// <summary>http(s) URLs.</summary>
    Url,

    /// <summary>The sources a section cites, markers resolved through the reference list and URLs, compared by the source they name.</summary>
    Citation,

    /// <summary>Numbers with a unit of measurement (<c>20kHz</c>, <c>0.78mm</c>, <c>32Ω</c>).</summary>
    Measurement,
}

public static class FactKindNames
{
    public static string ToName(this FactKind kind) => kind switch
    {
        FactKind.Score => "score",
        FactKind.ReferenceMarker => "reference-markers",
        FactKind.Url => "urls",
        FactKind.Citation => "citations",
        _ => "measurements",
    };
}
