using ReviewI18n.Content;
using ReviewI18n.Encodings;

namespace ReviewI18n.Tests.Encodings;

/// <summary>Each encoding rule finds its damage at the right place.</summary>
public sealed class RuleTests
{
    [Theory]
    [InlineData("Soft\u00ADhyphen", EncodingIssueKind.InvisibleCharacter, 4, 1)]
    [InlineData("Rockford Fos\u200B\u200Bgate", EncodingIssueKind.InvisibleCharacter, 12, 2)]
    [InlineData("word\u2060joiner", EncodingIssueKind.InvisibleCharacter, 4, 1)]
    [InlineData("A \u202Ereversed word", EncodingIssueKind.BidiControl, 2, 1)]
    [InlineData("isolate \u2066x", EncodingIssueKind.BidiControl, 8, 1)]
    [InlineData("bell\u0007 and", EncodingIssueKind.ControlCharacter, 4, 1)]
    [InlineData("lost \uFFFD\uFFFD here", EncodingIssueKind.ReplacementCharacter, 5, 2)]
    [InlineData("Cafe\u0301", EncodingIssueKind.NotNfc, 3, 2)]
    [InlineData("か\u3099ら", EncodingIssueKind.NotNfc, 0, 2)]
    [InlineData("10 \u2126 load", EncodingIssueKind.NotNfc, 3, 1)]
    [InlineData("The Aсme brand", EncodingIssueKind.MixedScriptWord, 4, 4)]
    [InlineData("Altruvа", EncodingIssueKind.MixedScriptWord, 0, 7)]
    [InlineData("within повернутися are", EncodingIssueKind.UnexpectedScript, 7, 11)]
    [InlineData("isolation 이슈 from", EncodingIssueKind.UnexpectedScript, 10, 2)]
    [InlineData("16ฮ impedance", EncodingIssueKind.UnexpectedScript, 2, 1)]
    public void Finds_the_damage_at_its_offset(string text, EncodingIssueKind kind, int start, int length)
    {
        var issue = Assert.Single(Damage.Scan(text, "en").Issues, i => i.Kind == kind);

        Assert.Equal(start, issue.Start);
        Assert.Equal(length, issue.Length);
    }

    [Fact]
    public void Words_of_one_foreign_script_in_a_row_are_one_finding()
    {
        var issue = Assert.Single(Damage.Scan("He said привет, мир and left.", "en").Issues);

        Assert.Equal("привет, мир", issue.Text);
        Assert.Equal("Cyrillic", issue.Detail);
    }

    [Fact]
    public void A_lone_carriage_return_among_line_feeds_is_a_mixed_line_ending()
    {
        const string text = "one\rtwo\nthree\n";

        Assert.Equal(3, Assert.Single(Damage.Scan(text).Issues, i => i.Kind == EncodingIssueKind.MixedLineEndings).Start);
        Assert.Equal("one\ntwo\nthree\n", Damage.Repair(text));
    }

    [Fact]
    public void A_file_with_only_crlf_is_not_mixed()
    {
        Assert.Empty(Damage.Scan("one\r\ntwo\r\n").Issues);
    }

    [Fact]
    public void A_homoglyph_finding_suggests_the_latin_word()
    {
        Assert.Equal("Altruva", Assert.Single(Damage.Scan("Altruvа", "en").Issues).Repaired);
    }

    [Fact]
    public void A_zero_width_joiner_inside_an_emoji_sequence_is_meant()
    {
        Assert.Empty(Damage.Scan("👨\u200D👩\u200D👧", "en").Issues);
    }

    [Fact]
    public void Mixed_line_endings_point_at_the_first_line_with_the_unusual_ending_and_repair_to_the_usual_one()
    {
        const string text = "one\ntwo\r\nthree\nfour\n";
        var issue = Assert.Single(Damage.Scan(text).Issues);

        Assert.Equal(EncodingIssueKind.MixedLineEndings, issue.Kind);
        Assert.Equal(7, issue.Start);
        Assert.Equal("one\ntwo\nthree\nfour\n", Damage.Repair(text));
    }

    [Fact]
    public void A_replacement_character_from_decoding_is_invalid_utf8_not_replacement_character()
    {
        var decoded = DecodedText.Decode([(byte)'a', 0xFF, (byte)'b', 0xEF, 0xBF, 0xBD]);

        var issues = EncodingScanner.Scan(decoded, LocaleScripts.Default("en", "en", "ja")).Issues;

        Assert.Equal(EncodingIssueKind.InvalidUtf8, issues[0].Kind);
        Assert.Equal(1, issues[0].ByteOffset);
        Assert.Equal(EncodingIssueKind.ReplacementCharacter, issues[1].Kind);
        Assert.Equal(3, issues[1].Start);
    }

    [Fact]
    public void Invisible_and_bidi_characters_in_code_are_reported_but_not_removed()
    {
        const string text = "Prose\u200B and `code\u200B` and \u202Ehere";

        Assert.Equal(3, Damage.Scan(text).Issues.Count);
        Assert.Equal("Prose and `code\u200B` and here", Damage.Repair(text));
    }
}
