namespace ReviewI18n.Facts;

/// <summary>
/// One entry of a document's reference list: its number, the source it names, the title and
/// notes before the URL, and where the line is (offsets into the document text).
/// <see cref="IsPriceSource"/>: a shop, price listing or exchange rate, which each locale cites
/// for its own currency.
/// </summary>
public sealed record ReferenceEntry(string Number, string Url, SourceIdentity Source, string Title, int LineStart, int LineEnd)
{
    public bool IsPriceSource => PriceSources.IsPriceSource(Source, Title);
}
