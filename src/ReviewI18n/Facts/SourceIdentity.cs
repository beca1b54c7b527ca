namespace ReviewI18n.Facts;

/// <summary>
/// Which source a URL names, as a reader would tell: the same page in another locale or country
/// shop is the same source. <see cref="Page"/> drops the scheme, <c>www.</c>, locale segments of
/// the path and host (<c>/en-us/</c>, <c>/ja/</c>, <c>jp.</c>, <c>usa.</c>), the query, the
/// fragment and a trailing slash; an Amazon product is its ASIN in any country. <see cref="Site"/>
/// is the host's registrable part (<c>yamaha.com</c>, <c>fostex.jp</c>).
/// </summary>
public sealed record SourceIdentity(string Page, string Site)
{
    /// <summary>The site's name without its top-level domain: <c>linsoul</c> for linsoul.com and linsoul.jp, one shop in two countries.</summary>
    public string Brand { get; } = Site.IndexOf('.') is var dot and > 0 ? Site[..dot] : Site;

    private static readonly HashSet<string> LocaleSegments = new(StringComparer.OrdinalIgnoreCase)
    {
        "en", "ja", "jp", "us", "usa", "uk", "gb", "eu", "de", "fr", "intl", "global", "ww", "en-us", "en-gb", "ja-jp", "en_us", "ja_jp",
        "en-jp", "ja-us", "jp-ja", "us-en", "en-intl", "english", "japanese",
    };

    /// <summary>Second-level labels under a country domain: <c>co.jp</c>, <c>com.au</c>.</summary>
    private static readonly HashSet<string> SecondLevel = new(StringComparer.OrdinalIgnoreCase) { "co", "com", "ne", "or", "ac", "go", "net", "org" };

    public static SourceIdentity? Of(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Host.Length == 0) return null;
        var labels = uri.Host.ToLowerInvariant().Split('.').ToList();
        if (labels[0] == "www") labels.RemoveAt(0);
        labels.RemoveAll(l => l.Length == 0);
        if (labels.Count == 0) return null; // "https://www/": a host with no site in it
        var site = Registrable(labels);
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Where(s => !LocaleSegments.Contains(s))
            .ToList();
        if (site == "amazon" && AsinIn(segments) is { } asin) return new SourceIdentity($"amazon/dp/{asin}", site);
        // Country and language labels in front of the site: jp.yamaha.com, usa.yamaha.com.
        var host = string.Join('.', labels.SkipWhile(l => LocaleSegments.Contains(l)));
        var page = (host + "/" + string.Join('/', segments)).TrimEnd('/').ToLowerInvariant();
        return new SourceIdentity(Uri.UnescapeDataString(page), site);
    }

    /// <summary>The product id of an Amazon URL: <c>/dp/ID</c> or <c>/gp/product/ID</c>.</summary>
    private static string? AsinIn(List<string> segments)
    {
        for (var i = 0; i + 1 < segments.Count; i++)
        {
            if (segments[i] is "dp" || segments[i] is "product" && i > 0 && segments[i - 1] == "gp") return segments[i + 1].ToUpperInvariant();
        }
        return null;
    }

    private static string Registrable(List<string> labels)
    {
        var take = labels.Count >= 3 && labels[^1].Length == 2 && SecondLevel.Contains(labels[^2]) ? 3 : 2;
        take = Math.Min(take, labels.Count);
        // An Amazon shop in any country is one site.
        return labels[^take] == "amazon" ? "amazon" : string.Join('.', labels.TakeLast(take));
    }
}
