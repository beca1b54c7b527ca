namespace ReviewI18n.Tests.Encodings;

/// <summary>Text that looks unusual but is right: no encoding rule may fire on it.</summary>
public sealed class TrapTests
{
    [Theory]
    [InlineData("en", "The 16Ω driver, 133 USD ÷ 246 USD = 0.54, 10 µF, 25 °C, 3 × 4 m², 1–2 kHz.")]
    [InlineData("en", "A “quoted” title, a ‘single’ one, an apostrophe’s, an ellipsis… and a dash — here.")]
    [InlineData("en", "Emoji 👍🏽 and a family 👨‍👩‍👧 and a flag 🇯🇵 and ❤️.")]
    [InlineData("en", "Brüel & Kjær, Côtes de Genève, RØDE, Bartók, raison d'être, Æon, Nørager.")]
    [InlineData("en", "Greek symbols: ΔΣ DAC, σ = 0.61 dB, Φ43mm, β-phase, δelta-Control, 5500α, SR-Λ.")]
    [InlineData("en", "Japanese names stay: 120,000円, procable 超越重鉄タップ, intime 轟 (Go), 朱璃焰.")]
    [InlineData("en", "Code is code: `Î© Ã© ฮฉ` and https://example.com/Ã©/ are left alone.")]
    [InlineData("ja", "インピーダンスは16Ω（公称値）、価格は133 USD ÷ 246 USD、µ、°、×、–、“ ”。")]
    [InlineData("ja", "半角カタカナのﾃｽﾄやｶﾀｶﾅ、PC･スマホ、全角の！？（）「」『』【】。")]
    [InlineData("ja", "連続300W、創立50周年、0.1%超、RMA率、閾値、水平170°×垂直30°、——と“Symmetric Flux”。")]
    [InlineData("ja", "Brüel & Kjärシステム、DALIのNørager製造施設、Røde Microphonesの親会社。")]
    [InlineData("ja", "```\nÃ© Î© ฮฉ\n```")]
    public void Real_text_gives_no_finding(string locale, string text)
    {
        var issues = Damage.Scan(text, locale).Issues;

        Assert.True(issues.Count == 0, string.Join("\n", issues.Select(i => $"{i.Kind} '{i.Text}' at {i.Start}")));
    }

    [Theory]
    [InlineData(Text.Script.Greek, "The word λόγος is Greek.")]
    [InlineData(Text.Script.Thai, "The word สวัสดี is Thai.")]
    [InlineData(Text.Script.Cyrillic, "The word привет is Russian.")]
    public void A_script_allowed_for_the_locale_is_not_unexpected(Text.Script script, string text)
    {
        Assert.Contains(Damage.Scan(text, "en").Issues, i => i.Kind == ReviewI18n.Encodings.EncodingIssueKind.UnexpectedScript);
        Assert.Empty(Damage.Scan(text, "en", script).Issues);
    }

    [Theory]
    [InlineData("It is called “Обзор наушников” in Russia.")]
    [InlineData("[2] ixbt.com — Обзор наушников GeekFly, https://example.com/review")]
    [InlineData("1. Ashidavox 간략 리뷰, 0dB Korean Audio Community, https://example.com/kr")]
    public void A_title_quoted_on_purpose_is_not_unexpected(string text)
    {
        Assert.Empty(Damage.Scan(text, "en").Issues);
    }
}
