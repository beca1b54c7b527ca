namespace ReviewI18n.Facts;

/// <summary>
/// Sources cited for a price rather than for a claim: shops, price comparison sites and exchange
/// rates. A translation cites its own country's (a Japanese review cites Amazon.co.jp, kakaku.com or
/// Yodobashi for a yen price where the English cites a US shop), so one price source stands for another.
/// Known by the shop's site or by words of the entry's title ("price", "価格", "exchange rate").
/// </summary>
public static class PriceSources
{
    private static readonly HashSet<string> Shops = new(StringComparer.OrdinalIgnoreCase)
    {
        "amazon", "rakuten.co.jp", "yodobashi.com", "kakaku.com", "biccamera.com", "soundhouse.co.jp", "e-earphone.jp", "joshinweb.jp",
        "mercari.com", "yahoo.co.jp", "ishibashi.co.jp", "otaiweb.com", "audio-union.jp", "fujiya-avic.co.jp", "aliexpress.com",
        "bhphotovideo.com", "sweetwater.com", "crutchfield.com", "bestbuy.com", "thomann.de", "thomannmusic.com", "ebay.com", "walmart.com",
        "adorama.com", "musiciansfriend.com", "zzounds.com", "audioadvice.com", "upscaleaudio.com", "proaudiola.com", "headphones.com",
        "apos.audio", "linsoul.com", "hifigo.com", "shenzhenaudio.com", "vintageking.com", "guitarcenter.com", "newegg.com", "target.com",
        "bhphoto.com", "perfectcircuit.com", "moon-audio.com", "drop.com", "audio46.com", "cdw.com", "xe.com", "wise.com", "oanda.com",
        "europa.eu", "x-rates.com", "exchangerates.org.uk", "mufg.jp", "proaudiostar.com", "prtimes.jp", "hifishark.com", "reverb.com",
        "audiosounds.jp", "hardoff.co.jp", "ecoring.com", "kaitori", "2ndstreet.jp", "yahoo.com", "buyee.jp", "rockoon.jp", "ikebe-gakki.com",
    };

    private static readonly string[] TitleWords =
    [
        "price", "pricing", "msrp", "retail", "listing", "shop", "store", "buy", "exchange rate", "currency",
        "価格", "販売", "通販", "ショップ", "為替", "税込", "購入", "中古", "買取", "used", "second-hand", "auction",
    ];

    private static readonly string[] EvidenceWords =
        ["spec", "measure", "review", "manual", "datasheet", "data sheet", "feature", "仕様", "スペック", "測定", "レビュー", "取扱説明書", "マニュアル", "機能"];

    /// <summary>
    /// Whether a reference entry's title says it is evidence for a claim rather than for a price: a
    /// spec sheet, a measurement, a review, a manual or a list of features ("MixPre-6 II Specifications").
    /// </summary>
    public static bool IsEvidence(string title) => EvidenceWords.Any(w => title.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>Shops by name, in any country (soundhouse.co.jp, linsoul.jp and linsoul.com).</summary>
    private static readonly HashSet<string> ShopBrands = Shops.Select(s => s.Split('.')[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a source is a shop or price page: by its site or page, by a price word in its entry's
    /// title, or by a price in its title or notes ("国内定価880,000円") when they do not say it is a review,
    /// measurement or spec sheet (a review that notes the price it was tested at is not a price page).
    /// </summary>
    public static bool IsPriceSource(SourceIdentity source, string title, string notes = "") =>
        Shops.Contains(source.Site) || ShopBrands.Contains(source.Brand) || IsShopPage(source.Page)
        || TitleWords.Any(w => title.Contains(w, StringComparison.OrdinalIgnoreCase))
        || (PriceText.Mentions(title) || PriceText.Mentions(notes)) && !IsEvidence(title) && !IsEvidence(notes);

    /// <summary>A page in a site's shop: <c>apple.com/shop/...</c>, <c>shop.example.com</c>, <c>.../store/...</c>, <c>.../shopdetail/...</c>, <c>.../item/...</c>.</summary>
    private static bool IsShopPage(string page)
    {
        if (page.StartsWith("shop.", StringComparison.Ordinal) || page.StartsWith("store.", StringComparison.Ordinal)) return true;
        foreach (var segment in page.Split('/').Skip(1))
        {
            if (segment.StartsWith("shop", StringComparison.Ordinal) || segment.StartsWith("store", StringComparison.Ordinal) || segment is "item" or "itm" or "items") return true;
        }
        return false;
    }
}
