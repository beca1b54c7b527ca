using ReviewI18n.Text;

namespace ReviewI18n.Facts;

/// <summary>
/// One entry of a document's reference list: its number, its URL, the title and notes before the
/// URL, and where the line is (offsets into the document text). The URL and title are cut from
/// the text, and the source the URL names is worked out, when first asked for: most entries are
/// cited alike in both locales and need none of it. <see cref="IsPriceSource"/>: a shop, price
/// listing or exchange rate, which each locale cites for its own currency.
/// </summary>
public sealed class ReferenceEntry(string text, string number, int lineStart, int lineEnd, int titleStart, int urlStart, int urlLength)
{
    private string? _url;
    private SourceIdentity? _source;
    private bool _sourceRead;
    private bool? _isPriceSource;

    public string Number { get; } = number;

    public int LineStart { get; } = lineStart;

    public int LineEnd { get; } = lineEnd;

    public string Url => _url ??= text.Substring(urlStart, urlLength);

    public bool HasUrl => urlLength > 0;

    public string Title => text[titleStart..urlStart].Trim();

    /// <summary>What the entry says after its URL: the access date, and often the price or figure it backs ("国内定価880,000円").</summary>
    public string Notes => urlLength == 0 ? "" : text[Math.Min(urlStart + urlLength, LineEnd)..LineEnd].Trim().TrimStart(NoteSeparators).TrimStart();

    private static readonly char[] NoteSeparators = [',', ';', '-', '—', '–', '.', '、', '，'];

    /// <summary>The title and the notes: what the entry says about the source.</summary>
    public string Description => Notes.Length == 0 ? Title : Title + " " + Notes;

    /// <summary>The sources of further URLs in the notes: an entry may name a second page ("..., see also https://...").</summary>
    public IReadOnlyList<SourceIdentity> MoreSources
    {
        get
        {
            var notes = Notes;
            List<SourceIdentity>? more = null;
            for (var at = notes.IndexOf("http", StringComparison.Ordinal); at >= 0; at = notes.IndexOf("http", at + 4, StringComparison.Ordinal))
            {
                if (SourceIdentity.Of(notes.Substring(at, UrlText.Length(notes.AsSpan(at)))) is { } source) (more ??= []).Add(source);
            }
            return more ?? (IReadOnlyList<SourceIdentity>)[];
        }
    }

    /// <summary>The source the URL names; null when the entry has no URL or it does not parse.</summary>
    public SourceIdentity? Source
    {
        get
        {
            if (!_sourceRead) (_source, _sourceRead) = (urlLength == 0 ? null : SourceIdentity.Of(Url), true);
            return _source;
        }
    }

    public bool IsPriceSource => _isPriceSource ??= Source is { } source && PriceSources.IsPriceSource(source, Title, Notes);

    /// <summary>Whether two entries give the same URL, compared in place.</summary>
    public bool HasSameUrl(ReferenceEntry other) =>
        text.AsSpan(urlStart, urlLength).SequenceEqual(other.UrlSpan);

    private ReadOnlySpan<char> UrlSpan => text.AsSpan(urlStart, urlLength);
}
