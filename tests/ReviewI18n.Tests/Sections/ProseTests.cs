using ReviewI18n.Sections;
using ReviewI18n.Text;

namespace ReviewI18n.Tests.Sections;

public sealed class ProseTests
{
    [Fact]
    public void Counts_letters_per_script_and_leaves_out_code_urls_markers_and_scores()
    {
        const string text = "$$ \\Large \\text{0.5} $$\nAcme は「静か」な　スピーカー、低音 [1] `code` https://example.com/x 12 Ωs\n```\nfenced text\n```\n";
        var prose = Prose.Of(text);
        Assert.Equal(4 + 1, prose.Count(Script.Latin)); // "Acme" and the "s" after Ω
        Assert.Equal(3, prose.Count(Script.Hiragana)); // は か な
        Assert.Equal(5, prose.Count(Script.Katakana)); // ス ピ ー カ ー
        Assert.Equal(3, prose.Count(Script.Han)); // 静 低 音
        Assert.Equal(1, prose.Count(Script.Greek)); // Ω
        Assert.Equal(5, prose.Count(Script.Common)); // 「 」 、 1 2, nothing of the parts left out
        Assert.Equal(4 + 1 + 3 + 5 + 3 + 1, prose.Letters);
    }

    [Fact]
    public void The_same_prose_with_other_spacing_code_or_links_is_the_same_text()
    {
        var a = Prose.Of("A quiet   speaker\n`x` with deep bass [2]\n");
        var b = Prose.Of("A quiet speaker with deep bass https://example.com/y\n");
        var c = Prose.Of("A quiet speaker with deeper bass\n");
        Assert.True(a.SameTextAs(b));
        Assert.False(a.SameTextAs(c));
        Assert.Equal("A quiet speaker with deep bass".Length, a.Length);
    }

    [Fact]
    public void Reference_entries_are_left_out_of_the_fingerprint()
    {
        var withReferences = Prose.Of("Measured twice.\n[1] Some lab, https://example.com/a\n- Other lab, https://example.com/b\n");
        Assert.True(withReferences.SameTextAs(Prose.Of("Measured twice.")));
    }
}
