using ReviewI18n.Facts;
using ReviewI18n.Hosting;

namespace ReviewI18n.Tests.Hosting;

/// <summary>
/// The warm-up swallows its failures, so what it reads must be checked here: reviews that do not
/// parse as intended would warm nothing up, silently.
/// </summary>
public sealed class WarmupTests
{
    [Fact]
    public void The_warm_up_reviews_reach_every_stage_it_prepares()
    {
        var documents = Warmup.Documents();

        Assert.Equal(["en", "ja"], documents.Select(d => d.Locale));
        Assert.All(documents, d =>
        {
            Assert.Equal("example-x1", d.Ref);
            Assert.Null(d.FrontMatterProblem);
            Assert.True(d.Sections.Count >= 2, $"{d.Locale}: {d.Sections.Count} sections");
            var facts = d.Sections.Select(s => FactExtractor.Extract(d.Text, s.ContentStart, s.ContentEnd)).ToList();
            Assert.Contains(facts, f => f.Score is not null);
            Assert.Contains(facts, f => f.Urls.Count > 0);
            Assert.Contains(facts, f => f.Measurements.Count > 0);
        });
        Assert.Contains("［1］", documents[1].Text, StringComparison.Ordinal);
        // The English one has a code fence, so its headings come from Markdig, not the line scan.
        var block = documents[0].FrontMatter!.Block;
        Assert.Null(ReviewI18n.Sections.FastHeadingScanner.TryScan(documents[0].Text, block.BodyStart, block.BodyFirstLine));
        Assert.NotNull(ReviewI18n.Sections.FastHeadingScanner.TryScan(documents[1].Text, documents[1].FrontMatter!.Block.BodyStart, documents[1].FrontMatter!.Block.BodyFirstLine));
        Assert.Equal(["Overview", "Scientific Validity", "References"], documents[0].Sections.Select(s => s.Heading));
    }
}
