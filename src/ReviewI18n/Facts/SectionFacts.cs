namespace ReviewI18n.Facts;

/// <summary>The language-neutral facts of one section, in text order.</summary>
public sealed record SectionFacts(
    Fact? Score,
    int ScoreLineOffset,
    IReadOnlyList<Fact> Markers,
    IReadOnlyList<Fact> Urls,
    IReadOnlyList<Fact> Measurements)
{
    public static SectionFacts None { get; } = new(null, -1, [], [], []);
}
