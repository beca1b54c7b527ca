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
    [InlineData("https://www/")]
    [InlineData("https://www./page")]
    [InlineData("not a url")]
    public void A_url_without_a_site_names_no_source(string url) => Assert.Null(SourceIdentity.Of(url));

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

    [Fact]
    public void An_entry_says_what_it_backs_after_its_url_and_may_name_a_second_page()
    {
        const string Text = """
            ## References
            [2] Shop listing, https://shop.test/es14n, accessed 2025-11-18, 国内定価880,000円
            [6] Review, https://review.test/hx25 (measurements also at https://lab.test/q45)
            [7] Maker, https://maker.test/r3
            """;
        var list = ReferenceList.Read(Text);
        Assert.Equal("accessed 2025-11-18, 国内定価880,000円", list.Find("2")!.Notes);
        Assert.True(list.Find("2")!.IsPriceSource);
        Assert.Equal(["lab.test/q45"], list.Find("6")!.MoreSources.Select(s => s.Page));
        Assert.Empty(list.Find("7")!.MoreSources);
        Assert.False(list.Find("7")!.IsPriceSource);

        var english = Cites("Measured flat [4].\n## Ref\n[4] Lab, https://lab.test/q45\n").Single();
        Assert.True(english.IsCitedBy(Cites("平坦[6]。\n## Ref\n[6] Review, https://review.test/hx25 (measurements also at https://lab.test/q45)\n")));
        Assert.False(english.IsCitedBy(Cites("平坦[6]。\n## Ref\n[6] Review, https://review.test/hx25\n")));
    }

    [Theory]
    [InlineData("The launch price was 2,500 USD [8].", "The launch price was 2,500 USD ")]
    [InlineData("It sells for 199 USD [1], and its THD is 0.1 % [2].", ", and its THD is 0.1 % ")]
    [InlineData("Priced at 1.5 million yen. Its bass reaches 25 Hz [3].", "Its bass reaches 25 Hz ")]
    [InlineData("国内価格は29,800円です。周波数特性は20Hz〜20kHz［4］", "周波数特性は20Hz〜20kHz")]
    [InlineData("line one 199 USD\nline two [5]", "line two ")]
    public void The_claim_of_a_marker_runs_back_to_its_sentence_or_the_marker_before(string text, string claim)
    {
        var marker = text.LastIndexOfAny(['[', '［']);
        Assert.Equal(claim, ClaimText.Before(text, marker).ToString());
    }

    [Theory]
    [InlineData("The launch price was 2,500 USD [8].", true)]
    [InlineData("It sells for 199 USD [1], and its THD is 0.1 % [2].", false)]
    [InlineData("約3万円［3］。", true)]
    public void A_marker_after_a_price_backs_a_price(string text, bool price) =>
        Assert.Equal(price, ClaimText.StatesPrice(text, text.LastIndexOfAny(['[', '［'])));

    [Theory]
    [InlineData("Sound Devices, MixPre-6 II Specifications", true)]
    [InlineData("Audio Science Review - Topping L70 Review", true)]
    [InlineData("取扱説明書（仕様）", true)]
    [InlineData("What Hi-Fi?, Revitalised Epos resurrects legendary ES14 speakers", false)]
    [InlineData("U-AUDIO, ES14N listing, 国内定価880,000円", false)]
    public void An_entry_that_is_a_spec_sheet_review_or_manual_is_evidence_not_a_price(string title, bool evidence) =>
        Assert.Equal(evidence, PriceSources.IsEvidence(title));

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
