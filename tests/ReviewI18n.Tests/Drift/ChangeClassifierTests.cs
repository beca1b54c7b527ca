using ReviewI18n.Drift;
using ReviewI18n.Baselines;

namespace ReviewI18n.Tests.Drift;

public sealed class ChangeClassifierTests
{
    /// <summary>Share of kana and kanji among the letters, as the check measures it for ja.</summary>
    private static double? JapaneseShare(string text)
    {
        var letters = text.Count(char.IsLetter);
        return letters == 0 ? 0 : (double)text.Count(ReviewI18n.Text.ScriptClassifier.IsCjk) / letters;
    }

    private static SourceChange Classify(string before, string after, string? translation = null) =>
        ChangeClassifier.Classify(before, after, translation, new TranslationLocale(JapaneseShare, "jp"));

    [Theory]
    [InlineData("It costs 44,000 JPY.", "It costs 293 USD.")]
    [InlineData("Priced at 400,000 JPY (approx. 4,000 USD at the time), it sold well.", "Priced at 2,667 USD, it sold well.")]
    [InlineData("Around 38 USD (based on 5,980 JPY in the Japanese market), it is cheap.", "Around 40 USD, it is cheap.")]
    [InlineData("CP = 20,000 yen ÷ 100,000 yen = 0.2, so CP = 20,000 ÷ 100,000.", "CP = 133 USD ÷ 667 USD = 0.2, so CP = 133 ÷ 667.")]
    [InlineData("CP = 10,400 JPY ÷ 12,800 JPY = 0.81.", "CP = 69 USD ÷ 85 USD = 0.83.")]
    [InlineData("Even DACs costing tens of thousands of yen do this.", "Even DACs costing a few hundred USD do this.")]
    public void Price_conversions_and_their_context_are_prices(string before, string after) =>
        Assert.Equal(SourceChangeKind.Prices, Classify(before, after).Kind);

    [Theory]
    [InlineData("The **K1** is a closed-back headphone.", "The K1 is a closed back headphone!")]
    [InlineData("Reviewed (July 5, 2025).", "Reviewed (2025.7.5).")]
    [InlineData("Support is offered by WATTEGATE.", "Support is offered by WATTGATE.")]
    [InlineData("It offers an objective view.", "It offers the objective view.")]
    [InlineData("Budget: $699, or ($200) for the rest.", "Budget: 699 USD, or (200 USD) for the rest.")]
    [InlineData("Score: 0.4\n\nA plain design.", "$$ \\Large \\text{0.4} $$\n\nA plain design.")]
    public void Markup_spelling_articles_and_date_forms_are_formatting(string before, string after) =>
        Assert.Equal(SourceChangeKind.Formatting, Classify(before, after).Kind);

    [Fact]
    public void A_changed_measurement_is_figures_with_both_values()
    {
        var change = Classify("A 40mm driver.", "A 47mm driver.");
        Assert.Equal((SourceChangeKind.Figures, "40mm → 47mm"), (change.Kind, Assert.Single(change.Details)));
        Assert.True(change.NeedsTranslation);
    }

    [Fact]
    public void A_changed_score_is_figures_unless_the_translation_already_shows_it()
    {
        const string Before = "$$ \\Large \\text{0.4} $$\n\nPlain.";
        const string After = "$$ \\Large \\text{0.6} $$\n\nPlain.";
        Assert.True(Classify(Before, After, "$$ \\Large \\text{0.4} $$\n\n簡素。").NeedsTranslation);
        var shown = Classify(Before, After, "$$ \\Large \\text{0.6} $$\n\n簡素。");
        Assert.Equal((SourceChangeKind.Figures, true, false), (shown.Kind, shown.ShownInTranslation, shown.NeedsTranslation));
    }

    [Fact]
    public void A_figure_dropped_by_the_source_but_still_in_the_translation_is_not_shown()
    {
        var change = Classify("Weighs 250g and has a 40mm driver.", "Weighs 250g and has a 47mm driver.", "重さ250g、40mmと47mmのドライバー。");
        Assert.False(change.ShownInTranslation);
    }

    [Fact]
    public void Added_words_are_meaning_even_next_to_unchanged_prices()
    {
        var change = Classify("At 199 USD it is fair.", "At 199 USD it is fair, but the cable is fixed.");
        Assert.Equal(SourceChangeKind.Meaning, change.Kind);
        Assert.Contains("cable", Assert.Single(change.Details), StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_written_in_japanese_and_now_in_english_is_source_translated()
    {
        Assert.Equal(SourceChangeKind.SourceTranslated, Classify("静かな部屋での使用に向いています。", "It suits listening in a quiet room.").Kind);
        // Japanese notes left in a long English reference list, translated, with the rest unchanged.
        var list = string.Concat(Enumerable.Range(1, 6).Select(n => $"[{n}] Maker Corporation, Owner's Manual of the Kite series, part {n}, https://example.com/m{n}\n"));
        var change = Classify(list + "[7] Forum thread, 参照日 2025-08-26.", list + "[7] Forum thread, accessed 2025-08-26.");
        Assert.Equal(SourceChangeKind.Formatting, change.Kind);
    }

    [Fact]
    public void An_unknown_old_text_cannot_be_classified_and_is_reported()
    {
        var change = ChangeClassifier.Classify(null, "Anything.", null, new TranslationLocale(JapaneseShare));
        Assert.Equal((SourceChangeKind.Unknown, "unknown", true), (change.Kind, change.Name, change.NeedsTranslation));
    }
}

public sealed class ChangeClassifierLocalSourceTests
{
    [Fact]
    public void A_source_in_the_translations_country_replaced_by_others_is_no_change()
    {
        var list = string.Concat(Enumerable.Range(1, 4).Select(n => $"[{n}] Maker, Manual part {n}, https://example.com/m{n}\n"));
        var change = ChangeClassifier.Classify(
            list + "[5] Shop, price page, https://www.shop.example.co.jp/item/1/\n",
            list + "[5] Maker, key features with 729 USD price, https://en.maker.example.com/key-features/\n",
            list + "[5] ショップ、価格, https://www.shop.example.co.jp/item/1/\n",
            new TranslationLocale(_ => 0, "jp"));
        Assert.False(change.NeedsTranslation, change.ToString());
    }
}
