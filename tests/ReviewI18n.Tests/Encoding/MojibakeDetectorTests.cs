using ReviewI18n.Encodings;

namespace ReviewI18n.Tests.Encodings;

/// <summary>Each code page the issue names: damage is found, explained by that code page, and repaired exactly.</summary>
public sealed class MojibakeDetectorTests
{
    public static TheoryData<int, int, string, string> Utf8Misreads() => new()
    {
        { CodePages.Windows1252, 1, "en", "The 16Ω driver costs 133 USD ÷ 246 USD — 10 µF at 25 °C." },
        { CodePages.Windows1252, 1, "ja", "インピーダンスは16Ω（公称値）です。" },
        { CodePages.Latin1, 1, "en", "A “smiley” curve, 3 × 4 and 1–2 kHz." },
        { CodePages.Latin1, 1, "ja", "価格は133 USD ÷ 246 USDです。" },
        { CodePages.Thai, 1, "en", "16Ω impedance and 133 USD ÷ 246 USD" },
        { CodePages.Thai, 1, "ja", "インピーダンス16Ωの製品です。" },
        { CodePages.ShiftJis, 1, "en", "The 16Ω driver, ±3 dB, 133 USD ÷ 246 USD." },
        { CodePages.EucJp, 1, "en", "The 16Ω driver costs 133 USD ÷ 246 USD." },
        { CodePages.Windows1251, 1, "en", "The 16Ω driver, “quoted” and café." },
        { CodePages.Windows1251, 1, "ja", "音場は広く、16Ωです。" },
        { CodePages.MacRoman, 1, "en", "The 16Ω driver costs 133 USD ÷ 246 USD at 25 °C." },
        { CodePages.MacRoman, 1, "ja", "ノイズ／共振：箱鳴り。" },
        { CodePages.Windows1252, 2, "en", "Café, 16Ω and ½ — twice." },
        { CodePages.Windows1252, 2, "ja", "二重に壊れた日本語です。" },
    };

    [Theory]
    [MemberData(nameof(Utf8Misreads))]
    public void Utf8_read_as_a_legacy_code_page_is_found_explained_and_repaired(int codePage, int passes, string locale, string clean)
    {
        var damaged = Damage.Utf8ReadAs(clean, codePage, passes);
        Assert.NotEqual(clean, damaged);

        var mojibake = Damage.Scan(damaged, locale).Of(EncodingIssueKind.Mojibake).ToList();

        Assert.NotEmpty(mojibake);
        // Latin-1 and Windows-1252 agree on every byte but 0x80..0x9F: either explains text without those.
        int[] explains = codePage == CodePages.Latin1 ? [CodePages.Latin1, CodePages.Windows1252] : [codePage];
        Assert.All(mojibake, m => Assert.Contains(m.Misreading!.ReadAs, explains));
        Assert.All(mojibake, m => Assert.Equal(passes, m.Misreading!.Passes));
        Assert.Equal(clean, Damage.Repair(damaged, locale));
    }

    [Theory]
    [InlineData(CodePages.ShiftJis, CodePages.Latin1)]
    [InlineData(CodePages.ShiftJis, CodePages.Windows1252)]
    [InlineData(CodePages.EucJp, CodePages.Latin1)]
    [InlineData(CodePages.EucJp, CodePages.Windows1252)]
    public void Japanese_saved_in_a_japanese_code_page_and_read_as_latin_is_found_and_repaired(int writer, int reader)
    {
        const string clean = "価格は「テスト」です。音場、定位、解像度。";
        var damaged = Damage.SavedAsReadAs(clean, writer, reader);

        var mojibake = Damage.Scan(damaged, "ja").Of(EncodingIssueKind.Mojibake).ToList();

        Assert.NotEmpty(mojibake);
        Assert.Contains(mojibake, m => m.Misreading!.WrittenIn == writer);
        Assert.Equal(clean, Damage.Repair(damaged, "ja"));
    }

    [Fact]
    public void Shift_jis_punctuation_read_as_latin1_in_english_prose_is_repaired()
    {
        // The real corpus has this: ’ “ ” saved as Shift_JIS, read as Latin-1 (U+0081 then f, g, h).
        var damaged = Damage.SavedAsReadAs("Behringer’s own “UMC202HD”", CodePages.ShiftJis, CodePages.Latin1);

        Assert.Equal("Behringer’s own “UMC202HD”", Damage.Repair(damaged, "en"));
    }

    [Fact]
    public void A_finding_gives_the_damaged_text_the_repair_and_its_position()
    {
        var issue = Assert.Single(Damage.Scan("ja 16ฮฉ です", "ja").Of(EncodingIssueKind.Mojibake));

        Assert.Equal(5, issue.Start);
        Assert.Equal("ฮฉ", issue.Text);
        Assert.Equal("Ω", issue.Repaired);
        Assert.True(issue.Certain);
        Assert.Equal("UTF-8 read as Windows-874 (Thai, TIS-620)", issue.Misreading!.Description);
    }

    [Fact]
    public void A_repair_into_a_script_the_locale_does_not_expect_is_reported_uncertain_and_one_it_allows_is_made()
    {
        var damaged = Damage.Utf8ReadAs("Обзор наушников", CodePages.Windows1252);

        var uncertain = Damage.Scan(damaged, "en");
        Assert.NotEmpty(uncertain.Of(EncodingIssueKind.Mojibake));
        Assert.All(uncertain.Of(EncodingIssueKind.Mojibake), m => Assert.False(m.Certain));
        Assert.Empty(uncertain.Edits);
        Assert.Equal("Обзор наушников", Damage.Repair(damaged, "en", Text.Script.Cyrillic));
    }
}
