namespace ReviewI18n.Facts;

/// <summary>A source a section cites: a marker resolved through the reference list (<c>[2]</c>), or a URL in the text.</summary>
public sealed record Citation(string Label, SourceIdentity Source, bool IsPriceSource, int Offset)
{
    /// <summary>The title and notes of the reference entry cited, empty for a URL in the text.</summary>
    public string Title { get; init; } = "";

    /// <summary>Further pages the entry names in its notes: a translation may fold two sources into one entry.</summary>
    public IReadOnlyList<SourceIdentity> MoreSources { get; init; } = [];

    /// <summary>
    /// The sources a section cites. Markers without an entry are left out (<c>dangling-citation</c>
    /// reports them), and so are the numbers and URLs of the reference entries themselves.
    /// </summary>
    public static List<Citation> Of(SectionFacts facts, ReferenceList references)
    {
        var result = new List<Citation>();
        foreach (var marker in facts.Markers)
        {
            if (references.IsInEntry(marker.Offset) || references.Find(marker.Value) is not { Source: { } source } entry) continue;
            result.Add(new Citation($"[{marker.Value}]", source, entry.IsPriceSource, marker.Offset) { Title = entry.Description, MoreSources = entry.MoreSources });
        }
        foreach (var url in facts.Urls)
        {
            if (references.IsInEntry(url.Offset) || SourceIdentity.Of(url.Value) is not { } source) continue;
            result.Add(new Citation(url.Value, source, PriceSources.IsPriceSource(source, ""), url.Offset));
        }
        return result;
    }

    /// <summary>One site name, or one inside the other: soundpeats and soundpeatsaudio, anker and ankerjapan.</summary>
    private static bool SameBrand(string a, string b) =>
        a == b || Math.Min(a.Length, b.Length) >= 5 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal));

    /// <summary>
    /// Whether <paramref name="cited"/> stands for this source: the same page (<see cref="SourceIdentity.Page"/>)
    /// or another page of the same site, in any country (a maker's page in the other locale, its
    /// warranty page for its support page, linsoul.jp for linsoul.com, ankerjapan.com for anker.com:
    /// judged on the real site, not a defect), or, for a price, the translation's own price source.
    /// </summary>
    /// <param name="aliases">Site names that stand for each other for this pair: a brand and its sanctioned local name (jvc and victor).</param>
    public bool IsCitedBy(IReadOnlyList<Citation> cited, IReadOnlySet<(string, string)>? aliases = null)
    {
        foreach (var c in cited)
        {
            if (c.Source.Page == Source.Page || SameBrand(c.Source.Brand, Source.Brand) || IsPriceSource && c.IsPriceSource) return true;
            foreach (var more in c.MoreSources)
            {
                if (more.Page == Source.Page) return true;
            }
            if (aliases is not null && (aliases.Contains((c.Source.Brand, Source.Brand)) || aliases.Contains((Source.Brand, c.Source.Brand)))) return true;
        }
        return false;
    }
}
