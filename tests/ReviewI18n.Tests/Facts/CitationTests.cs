using ReviewI18n.Facts;

namespace ReviewI18n.Tests.Facts;

/// <summary>Citations resolved through reference lists and compared by the source they name.</summary>
public sealed class CitationTests
{
    [Theory]
    [InlineData("https://www.fostex.jp/en/products/th616/", "https://www.fostex.jp/ja/products/th616/")]
    [InlineData("https://zoomcorp.com/en/us/audio-interface/uac-232/", "https://zoomcorp.com/ja/jp/audio-interface/uac-232")]
    [InlineData("https://www.amazon.com/dp/B07MZ7YFQ5", "https://www.amazon.co.jp/gp/product/b07mz7yfq5/ref=x?th=1")]
    [InlineData("https://example.com/a#part", "http://www.example.com/a/?utm_source=x")]
    public void The_same_page_in_another_locale_or_country_is_one_page(string a, string b) =>
        Assert.Equal(SourceIdentity.Of(a)!.Page, SourceIdentity.Of(b)!.Page);

    [Theory]
    [InlineData("https://linsoul.com/products/x", "linsoul")]
    [InlineData("https://linsoul.jp/products/x", "linsoul")]
    [InlineData("https://www.soundhouse.co.jp/item/1", "soundhouse")]
    [InlineData("https://shop.usa.yamaha.com/en/p/a-s801", "yamaha")]
    public void A_site_is_known_by_its_name_in_any_country(string url, string brand) =>
        Assert.Equal(brand, SourceIdentity.Of(url)!.Brand);

    [Fact]
    public void A_reference_list_reads_numbered_entries_in_every_form_and_a_url_on_the_next_line()
    {
        const string Text = """
            ## References

            [1] Maker, Manual, https://maker.test/manual
            2. Review site, measurements — https://review.test/x（2025-08-01参照）
            - [3] Shop, price https://shop.test/item/9
            ［4］ Forum thread —
            https://forum.test/t/4
            [5] Print brochure, 2020
            6. after the list has begun, a numbered line is an entry too
            """;
        var list = ReferenceList.Read(Text);
        Assert.Equal(["1", "2", "3", "4", "5", "6"], list.Entries.Select(e => e.Number));
        Assert.Equal("https://review.test/x", list.Find("2")!.Url);
        Assert.Equal("https://forum.test/t/4", list.Find("4")!.Url);
        Assert.True(list.Find("3")!.IsPriceSource);
        Assert.False(list.Find("1")!.IsPriceSource);
        Assert.Null(list.Find("5")!.Source); // an entry without a URL: it exists, but names no source
    }

    private static List<Citation> Cites(string text)
    {
        var list = ReferenceList.Read(text);
        return Citation.Of(FactExtractor.Extract(text, 0, text.IndexOf("## Ref", StringComparison.Ordinal)), list);
    }

    [Fact]
    public void A_renumbered_citation_names_the_same_source()
    {
        var english = Cites("Flat to 20kHz [2].\n## Ref\n[2] Lab, https://lab.test/r1\n");
        var japanese = Cites("20kHzまで平坦[6]。\n## Ref\n[6] Lab, https://lab.test/r1\n");
        Assert.True(english.Single().IsCitedBy(japanese));
    }

    [Fact]
    public void A_local_shop_stands_for_another_shop_but_not_for_a_measurement()
    {
        var shop = Cites("Sells for 199 USD [1].\n## Ref\n[1] Big Store, https://www.bhphotovideo.com/c/product/1\n").Single();
        var lab = Cites("Measured flat [1].\n## Ref\n[1] Lab, https://lab.test/r1\n").Single();
        var japaneseShop = Cites("約3万円[3]。\n## Ref\n[3] 価格.com, https://kakaku.com/item/1\n");
        Assert.True(shop.IsCitedBy(japaneseShop));
        Assert.False(lab.IsCitedBy(japaneseShop));
    }

    [Theory]
    [InlineData("6.35mm", "6.3mm", true)]
    [InlineData("11.2896MHz", "11.2MHz", true)]
    [InlineData("6.35mm", "6mm", true)]
    [InlineData("3.5dB", "3dB", false)]
    [InlineData("50mm", "70mm", false)]
    [InlineData("6.35mm", "6.3Hz", false)]
    public void Figures_written_to_another_precision_are_one_value(string a, string b, bool same) =>
        Assert.Equal(same, MeasuredValue.SameToPrecision(a, b));
}
