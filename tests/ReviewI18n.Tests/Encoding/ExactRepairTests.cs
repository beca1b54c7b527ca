using ReviewI18n.Encodings;

namespace ReviewI18n.Tests.Encodings;

/// <summary>
/// Lossless damage that once came back wrong (issue #4): each is repaired to the original text,
/// character for character. Only the middle part of a sentence is damaged, as an editor that
/// misread one stretch would leave it, so real text sits on both sides of the damage.
/// </summary>
public sealed class ExactRepairTests
{
    [Fact]
    public void Utf8_read_as_latin1_around_a_digit_is_repaired_as_utf8_not_as_kanji_in_english()
    {
        // "Î©Â±2Î©" also spells three EUC-JP kanji with the digit between them, a longer run
        // that scores the same; in English prose the UTF-8 reading wins the tie.
        const string clean = "The load is 50Ω±2Ω at 1 kHz.";

        var damaged = Damage.Utf8ReadAs(clean, CodePages.Latin1);

        Assert.Equal(clean, Damage.Repair(damaged, "en"));
    }

    [Theory]
    [InlineData(CodePages.EucJp, CodePages.Windows1252, "背面には", "複数XLR入", "力があります。")]
    [InlineData(CodePages.EucJp, CodePages.Latin1, "録音の", "レンジ（>110dB対>95dB）を", "確保しています。")]
    [InlineData(CodePages.ShiftJis, CodePages.Windows1252, "公称値", "ではS/N比", "120 dBです。")]
    public void A_japanese_run_goes_on_across_an_ascii_word_written_against_it(int writer, int reader, string before, string middle, string after)
    {
        // The character after the ASCII word ("入", "対", "比") is one pair of accented letters
        // between the word and real text: alone it is too weak to count, beside the run it belongs.
        var damaged = before + Damage.SavedAsReadAs(middle, writer, reader) + after;

        Assert.Equal(before + middle + after, Damage.Repair(damaged, "ja"));
    }

    [Fact]
    public void Damage_that_starts_after_a_kanji_is_not_read_with_it_as_utf8()
    {
        // 筐 and ‘ (the first half of 体 read as Windows-1252) spell UTF-8 through Shift_JIS:
        // ➁ and an ASCII "e", followed by Ì, the other half of 体. An ASCII letter before a
        // Latin-1 letter is chance, so the Japanese reading of ‘Ì… is the one taken.
        var damaged = "アルミの筐" + Damage.SavedAsReadAs("体と金属製ノズル", CodePages.ShiftJis, CodePages.Windows1252) + "を採用。";

        Assert.Equal("アルミの筐体と金属製ノズルを採用。", Damage.Repair(damaged, "ja"));
    }

    [Fact]
    public void Utf8_read_as_latin1_around_an_ascii_word_in_japanese_is_not_taken_for_shift_jis()
    {
        // Read as Shift_JIS, the bytes around "USB" spell kanji of the rarely used rows (縺 繧);
        // the run must not go on across the word into them.
        const string clean = "価格はUSBでの接続を含みます。";

        var damaged = "価格は" + Damage.Utf8ReadAs("USBでの接続", CodePages.Latin1) + "を含みます。";

        Assert.Equal(clean, Damage.Repair(damaged, "ja"));
    }

    [Theory]
    [InlineData("音響機器のBrüel & Kjær製マイクで測定しました。")]
    [InlineData("S/N比はCafé Noirのレビューを参照。")]
    public void Accented_names_beside_ascii_in_japanese_prose_are_left_alone(string clean)
    {
        Assert.Empty(Damage.Scan(clean, "ja").Of(EncodingIssueKind.Mojibake));
    }
    [Fact]
    public void Backticks_that_are_shift_jis_trail_bytes_do_not_make_a_code_span_that_stops_the_repair()
    {
        // チ is 0x83 0x60 in Shift_JIS: read as Latin-1, each one leaves a backtick, and two of
        // them on a line look like a code span around the damage between them.
        var damaged = "前面に" + Damage.SavedAsReadAs("チャンネル切替スイッチ", CodePages.ShiftJis, CodePages.Latin1) + "があります。";

        Assert.Equal("前面にチャンネル切替スイッチがあります。", Damage.Repair(damaged, "ja"));
    }

    [Fact]
    public void A_lone_euc_jp_kanji_between_an_ascii_word_and_a_number_is_repaired()
    {
        // 比 in EUC-JP read as Windows-1252 is "Èæ": two Latin-1 letters between "S/N" and a
        // figure, which no Latin word spells.
        var damaged = "カタログ上のS/N" + Damage.SavedAsReadAs("比", CodePages.EucJp, CodePages.Windows1252) + "98dBを満たします。";

        Assert.Equal("カタログ上のS/N比98dBを満たします。", Damage.Repair(damaged, "ja"));
    }

    [Theory]
    [InlineData("en", "The ", "“X”", " edition adds bass.")]
    [InlineData("ja", "価格を考えると", "、A10はこの特定の", "用途に向きます。")]
    [InlineData("en", "Both ", "“B” and “C”", " ship this month.")]
    public void Utf8_read_as_latin1_around_an_ascii_word_is_not_read_as_shift_jis_across_it(string locale, string before, string middle, string after)
    {
        // The Shift_JIS reading spans the ASCII word and the damage on both sides of it, so it
        // removes more oddness than the first UTF-8 run alone; the UTF-8 runs in a row explain
        // the same stretch better, without leaving a stray control character behind.
        var damaged = before + Damage.Utf8ReadAs(middle, CodePages.Latin1) + after;

        Assert.Equal(before + middle + after, Damage.Repair(damaged, locale));
    }

    [Fact]
    public void Utf8_read_as_windows1252_twice_is_not_read_as_euc_jp_across_a_number()
    {
        // The doubly damaged full-width colon and "1" spell EUC-JP kanji around the digits; the
        // UTF-8 runs on both sides of them explain the stretch better.
        const string clean = "- 小型機：12″、200W RMS";
        var damaged = "- 小型機" + Damage.Utf8ReadAs("：12″、", CodePages.Windows1252, passes: 2) + "200W RMS";

        Assert.Equal(clean, Damage.Repair(damaged, "ja"));
    }

    [Fact]
    public void A_mixed_script_utf8_reading_does_not_hide_japanese_read_as_windows1252()
    {
        // 立測定 in Shift_JIS read as Windows-1252 is also valid UTF-8 read as Mac Roman, but of
        // an old Cyrillic letter and two Armenian ones: no word, so the Japanese reading stands.
        var damaged = "社外の独" + Damage.SavedAsReadAs("立測定で確認した", CodePages.ShiftJis, CodePages.Windows1252) + "数値です。";

        Assert.Equal("社外の独立測定で確認した数値です。", Damage.Repair(damaged, "ja"));
    }

    [Fact]
    public void A_latin_extended_letter_is_repaired_when_its_damage_holds_a_control_character()
    {
        // Ǝ read as Latin-1 is "Æ" and the control U+008E: no text holds that, and UTF-8 is the
        // only reading of it, so the rare letter is put back.
        var damaged = "Drivers use the NOV" + Damage.Utf8ReadAs("Ǝ", CodePages.Latin1) + " coating.";

        Assert.Equal("Drivers use the NOVƎ coating.", Damage.Repair(damaged, "en"));
    }

    [Fact]
    public void A_superscript_two_read_as_euc_jp_between_ascii_letters_is_repaired()
    {
        // ² read as EUC-JP is one kanji (族); between two capitals, as in I²C, it is the symbol.
        var damaged = "It talks over an I" + Damage.Utf8ReadAs("²", CodePages.EucJp) + "C bus.";

        Assert.Equal("It talks over an I²C bus.", Damage.Repair(damaged, "en"));
    }
}
