using System.Text;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.Glossary;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Tests.Sections;

public sealed class SectionAlignerTests
{
    private static readonly HeadingEntry Overview = new("overview", null, new Dictionary<string, IReadOnlyList<string>>());
    private static readonly HeadingEntry Advice = new("advice", null, new Dictionary<string, IReadOnlyList<string>>());
    private static readonly HeadingEntry References = new("references", null, new Dictionary<string, IReadOnlyList<string>>());

    private static IReadOnlyList<KeyedSection> Keyed(params (string Heading, HeadingEntry? Entry)[] sections) =>
        sections.Select((s, i) => new KeyedSection(new Section(i, s.Heading, i + 1, 1, 0, 0, i + 1, i + 1), s.Entry?.Key ?? HeadingText.Slug(s.Heading), s.Entry)).ToList();

    [Fact]
    public void Unknown_headings_pair_by_position_between_known_neighbours_even_after_a_missing_section()
    {
        var source = Keyed(("Overview", Overview), ("Advice", Advice), ("Listening Notes", null), ("References", References));
        var translation = Keyed(("概要", Overview), ("試聴メモ", null), ("参考情報", References));

        var alignment = SectionAligner.Align(source, translation);

        Assert.Equal(["advice"], alignment.SourceOnly.Select(a => a.Key));
        Assert.Empty(alignment.TranslationOnly);
        var notes = alignment.Sections.Single(a => a.Source?.Section.Heading == "Listening Notes");
        Assert.True(notes.ByPosition);
        Assert.Equal("試聴メモ", notes.Translation?.Section.Heading);
    }

    [Fact]
    public void A_repeated_key_matches_its_nth_occurrence_with_the_nth_whatever_lies_between()
    {
        var source = Keyed(("Advice", Advice), ("Overview", Overview), ("Advice", Advice), ("Advice", Advice));
        var translation = Keyed(("概要", Overview), ("アドバイス 1", Advice), ("アドバイス 2", Advice));

        var alignment = SectionAligner.Align(source, translation);

        var matched = alignment.Sections.Where(a => a.Source is not null && a.Translation is not null)
            .Select(a => (a.Source!.Section.Index, a.Translation!.Section.Heading)).ToList();
        Assert.Equal([(0, "アドバイス 1"), (1, "概要"), (2, "アドバイス 2")], matched);
        Assert.Equal([3], alignment.SourceOnly.Select(a => a.Source!.Section.Index));
        Assert.All(alignment.Sections, a => Assert.False(a.ByPosition));
    }

    [Fact]
    public void Two_known_headings_with_different_keys_never_pair_by_position()
    {
        var alignment = SectionAligner.Align(Keyed(("Overview", Overview)), Keyed(("アドバイス", Advice)));
        Assert.Equal(["overview"], alignment.SourceOnly.Select(a => a.Key));
        Assert.Equal(["advice"], alignment.TranslationOnly.Select(a => a.Key));
    }

    [Fact]
    public void A_reference_list_without_urls_on_every_line_is_still_a_reference_list()
    {
        const string text = "- Open Audio Lab, Acme One, https://example.com/a\n- Audio Science Review（計測レビュー）\n- Acme Audio manual\n\n(2025.8.8)\n";
        var prose = Prose.Of(text);
        Assert.True(prose.IsReferenceList);
        Assert.False(Prose.Of("Acme Oneは小型スピーカーです。https://example.com/a を参照。\n- 低域が豊か\n").IsReferenceList);
    }

    private static ReviewDocument Document(string locale, string body) =>
        DocumentReader.Read(Encoding.UTF8.GetBytes("---\nref: x\n---\n" + body), $"/site/{locale}/x.md", $"{locale}/x.md",
            new CollectionConfig("products", "{locale}", null), locale);
}
