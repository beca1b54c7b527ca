using System.Text;
using ReviewI18n.Analysis;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.Pairing;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Analysis;

/// <summary>
/// The Analyze stage: each document and pair analysed once, the parts the checks read and no
/// more, and a later analysis lending what did not change (a watch, the next point of a history
/// report) while an edited document or a pair with an edited side is analysed again.
/// </summary>
public sealed class AnalyzerTests
{
    private static readonly PipelineConfig Config = PipelineConfig.From(new PipelineOptions
    {
        SourceLocale = "en",
        Locales = ["en", "ja"],
        Collections = [new CollectionOptions { Name = "products", Path = "{locale}", Permalink = "/{locale}/{ref}/" }],
        FrontMatter = new FrontMatterOptions { Shared = [], Localized = [], Required = [] },
    }, "/site/pipeline.json");

    private static ReviewDocument Document(string locale, string reference, string body) =>
        DocumentReader.Read(Encoding.UTF8.GetBytes($"---\nref: {reference}\nlang: {locale}\n---\n" + body), $"/site/{locale}/{reference}.md", $"{locale}/{reference}.md",
            Config.Collections[0], locale);

    private static readonly ReviewDocument SourceA = Document("en", "a", "## Overview\nText [1].\n## Listening\nText\n\n## References\n\n[1] Acme, https://acme.test/a\n");
    private static readonly ReviewDocument TranslationA = Document("ja", "a", "## 概要\n本文 [1]。\n## 試聴\n本文\n");
    private static readonly ReviewDocument SourceB = Document("en", "b", "## Overview\nText\n");
    private static readonly ReviewDocument TranslationB = Document("ja", "b", "## 概要\n本文\n");

    private static SiteModel Site(params ReviewDocument[] documents) => Pairer.Pair(Config, documents);

    [Fact]
    public void Every_document_and_pair_has_its_analysis_with_the_parts_asked_for()
    {
        var site = Site(SourceA, TranslationA, SourceB, TranslationB);

        var analysis = Analysed.Analyzer(Config).Analyze(site, Analyses.Facts | Analyses.References);

        Assert.All(site.Documents, d => Assert.Same(d, analysis.Of(d).Document));
        var a = analysis.Of(SourceA);
        Assert.Equal(3, a.Sections.Count);
        Assert.Equal(["overview", "listening", "references"], a.DriftSections.Select(s => s.Key));
        Assert.Equal("1", Assert.Single(a.Facts(0).Markers).Value);
        Assert.NotNull(a.References.Find("1"));
        var pair = site.Pairs.Single(p => p.Key == "a");
        Assert.Same(pair, analysis.Of(pair).Pair);
        Assert.Equal(3, analysis.Of(pair).Alignment.Sections.Count);
        Assert.Null(analysis.Of(pair).Baseline);
    }

    [Fact]
    public void A_part_not_asked_for_is_refused_naming_the_file_and_what_to_declare()
    {
        var analysis = Analysed.Analyzer(Config).Analyze(Site(SourceA, TranslationA), Analyses.Facts);

        var error = Assert.Throws<InvalidOperationException>(() => analysis.Of(SourceA).Encoding);

        Assert.Contains("en/a.md", error.Message, StringComparison.Ordinal);
        Assert.Contains("Reads", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => analysis.Of(SourceB));
    }

    [Fact]
    public void A_later_analysis_lends_what_did_not_change_and_analyses_an_edited_document_and_its_pair_again()
    {
        var analyzer = Analysed.Analyzer(Config);
        var first = analyzer.Analyze(Site(SourceA, TranslationA, SourceB, TranslationB), Analysed.WithoutBaselines);
        var editedB = Document("en", "b", "## Overview\nText\n## Listening\nNew text\n");

        var site = Site(SourceA, TranslationA, editedB, TranslationB);
        var second = analyzer.Analyze(site, Analysed.WithoutBaselines, first);

        Assert.Same(first.Of(SourceA), second.Of(SourceA));
        Assert.Same(first.Of(TranslationB), second.Of(TranslationB));
        Assert.Same(first.Of(site.Pairs.Single(p => p.Key == "a")), second.Of(site.Pairs.Single(p => p.Key == "a")));
        Assert.Equal(2, second.Of(editedB).Sections.Count);
        var pairB = site.Pairs.Single(p => p.Key == "b");
        Assert.Single(second.Of(pairB).Alignment.SourceOnly);
        Assert.Throws<ArgumentException>(() => second.Of(SourceB));
    }

    [Fact]
    public void A_later_analysis_asked_for_more_parts_does_not_lend_documents_analysed_with_fewer()
    {
        var analyzer = Analysed.Analyzer(Config);
        var site = Site(SourceA, TranslationA);
        var first = analyzer.Analyze(site, Analyses.Facts);

        var second = analyzer.Analyze(site, Analyses.Facts | Analyses.Encoding, first);

        Assert.NotSame(first.Of(SourceA), second.Of(SourceA));
        Assert.Empty(second.Of(SourceA).Encoding.Issues);
        Assert.Same(second.Of(SourceA), analyzer.Analyze(site, Analyses.Facts, second).Of(SourceA));
    }
    [Fact]
    public void A_commit_made_between_two_analyses_is_read_although_the_earlier_log_is_handed_on()
    {
        using var repo = new TempSite();
        var config = PipelineConfig.From(new PipelineOptions
        {
            SourceLocale = "en",
            Locales = ["en", "ja"],
            Collections = [new CollectionOptions { Name = "products", Path = "{locale}", Permalink = "/{locale}/{ref}/" }],
            FrontMatter = new FrontMatterOptions { Shared = [], Localized = [], Required = [] },
        }, Path.Combine(repo.Root, "pipeline.json"));
        SiteModel Load() => Pairer.Pair(config, [.. new[] { "en", "ja" }.Select(locale =>
            DocumentReader.Read(File.ReadAllBytes(repo.PathOf($"{locale}/a.md")), repo.PathOf($"{locale}/a.md"), $"{locale}/a.md", config.Collections[0], locale))]);
        repo.Write("en/a.md", "---\nref: a\nlang: en\n---\n## Overview\nA small speaker.\n")
            .Write("ja/a.md", "---\nref: a\nlang: ja\n---\n## 概要\n小型スピーカー。\n");
        repo.Git("init", "-q", "-b", "main");
        repo.Git("add", "-A");
        repo.Git("commit", "-q", "-m", "translated");
        repo.Write("en/a.md", "---\nref: a\nlang: en\n---\n## Overview\nA small speaker with a large woofer.\n");
        repo.Git("commit", "-q", "-am", "source grows");
        var analyzer = Analysed.Analyzer(config); // one analyzer for both runs, as a watch keeps it

        var before = analyzer.Analyze(Load(), Analyses.Baselines);
        Assert.NotNull(before.Of(before.Site.Pairs.Single()).Baseline);

        repo.Write("ja/a.md", "---\nref: a\nlang: ja\n---\n## 概要\n大型ウーファーを積んだ小型スピーカー。\n");
        repo.Git("commit", "-q", "-am", "translation follows");
        var site = Load();
        var after = analyzer.Analyze(site, Analyses.Baselines, commits: before.Commits);

        Assert.NotEqual(before.Commits!.Head, after.Commits!.Head);
        Assert.Null(after.Of(site.Pairs.Single()).Baseline); // the translation is newer than the source's change: nothing drifted
    }
}
