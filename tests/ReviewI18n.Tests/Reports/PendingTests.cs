using ReviewI18n.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ReviewI18n.Output;
using ReviewI18n.Output.Html;
using ReviewI18n.Reports;

namespace ReviewI18n.Tests.Reports;

/// <summary>The translator's worklist: order, grouping, sizes, diffs, filters.</summary>
public sealed class PendingTests
{
    [Fact]
    public async Task Json_lists_reviews_most_urgent_first_with_files_and_sizes()
    {
        using var site = ReportSites.HandCounted();
        var result = await site.RunAsync("pending", "--locale", "ja", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = result.Json();
        var reviews = json.RootElement.GetProperty("reviews").EnumerateArray().ToList();
        Assert.Equal(["two", "one"], reviews.Select(r => r.GetProperty("ref").GetString()));
        var two = reviews[0];
        Assert.Equal("missing-translation", two.GetProperty("urgency").GetString());
        Assert.Equal("content/ja/products/a/two.md", two.GetProperty("translationFile").GetString());
        // Two sections of the English paragraph plus the title: counted in words.
        var words = two.GetProperty("size").GetProperty("words").GetInt32();
        Assert.Equal(2 * JobSize.Of(ReportSites.English).Words + JobSize.Of("two review").Words + JobSize.Of("Overview Advice").Words, words);
        var kinds = reviews[1].GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["untranslated-section", "missing-section"], kinds);
        var untranslated = reviews[1].GetProperty("items")[0];
        Assert.Equal("content/ja/products/a/one.md", untranslated.GetProperty("file").GetString());
        Assert.Equal(JobSize.Of(ReportSites.English).Words, untranslated.GetProperty("size").GetProperty("words").GetInt32());
    }

    [Fact]
    public void A_stale_section_comes_after_missing_translations_and_keeps_its_diff()
    {
        using var site = ReportSites.HandCounted();
        var (host, result) = ReportSites.Check(site);
        using (host)
        {
            var stale = ReportSites.Stale(result, "content/ja/companies/acme.md", "companies", "acme", "advice", "speed [-slow-] {+fast+}");
            var list = host.Services.GetRequiredService<WorklistBuilder>().Build(result with { Diagnostics = [.. result.Diagnostics, stale] }, "ja", WorklistFilter.All);

            Assert.Equal(["two", "acme", "one"], list.Reviews.Select(r => r.Ref));
            var item = list.Reviews[1].Items.Single();
            Assert.Equal(WorkKind.StaleSection, item.Kind);
            Assert.Equal("Advice", item.Heading);
            Assert.Equal("speed [-slow-] {+fast+}", item.Diff);

            var html = new StringWriter();
            new WorklistHtmlWriter(html).Write(list, DateTimeOffset.UnixEpoch);
            Assert.Contains("<del>slow</del>", html.ToString());
            Assert.Contains("<ins>fast</ins>", html.ToString());
            var text = new StringWriter();
            new WorklistTextWriter(text, colour: true).Write(list);
            Assert.Contains("\u001b[32mfast", text.ToString());
        }
    }

    [Theory]
    [InlineData(new[] { "--collection", "companies" }, new string[0])]
    [InlineData(new[] { "--collection", "products" }, new[] { "two", "one" })]
    [InlineData(new[] { "--rule", "missing-section" }, new[] { "one" })]
    [InlineData(new[] { "--company", "zzz" }, new string[0])]
    [InlineData(new[] { "--since", "2025-08-15" }, new string[0])]
    [InlineData(new[] { "--since", "2025-08-14" }, new[] { "two", "one" })]
    public async Task Filters_narrow_the_list(string[] filter, string[] expected)
    {
        using var site = ReportSites.HandCounted();
        var result = await site.RunAsync(["pending", "--locale", "ja", "--format", "json", .. filter]);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = result.Json();
        Assert.Equal(expected, json.RootElement.GetProperty("reviews").EnumerateArray().Select(r => r.GetProperty("ref").GetString()));
    }

    [Theory]
    [InlineData("--locale", "fr")]
    [InlineData("--rule", "duplicate-ref")]
    [InlineData("--since", "yesterday")]
    public async Task A_wrong_option_is_a_usage_error(string option, string value)
    {
        using var site = ReportSites.HandCounted();
        Assert.Equal(2, (await site.RunAsync("pending", option, value)).ExitCode);
    }

    [Theory]
    [InlineData("text", "Not yet translated")]
    [InlineData("markdown", "**Not yet translated**")]
    [InlineData("html", "<span class=\"kind\">Not yet translated</span>")]
    public async Task Every_format_lists_the_work(string format, string expected)
    {
        using var site = ReportSites.HandCounted();
        var result = await site.RunAsync("pending", "--format", format);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(expected, result.Out);
        Assert.Contains("content/ja/products/a/one.md", result.Out);
    }

    [Theory]
    [InlineData(12, "12 words")]
    [InlineData(1237, "about 1,200 words")]
    [InlineData(100, "100 words")]
    [InlineData(1, "1 word")]
    public void Sizes_are_said_the_way_a_person_says_them(int words, string expected) =>
        Assert.Equal(expected, new JobSize(words, 0).Humanize());

    [Fact]
    public void Japanese_is_sized_in_characters() =>
        Assert.Equal(new JobSize(2, 5), JobSize.Of("日本語です。 Hello world"));

    [Fact]
    public void Diff_marks_read_back_into_pieces() =>
        Assert.Equal(
            [(DiffMarks.Kind.Same, "a "), (DiffMarks.Kind.Removed, "b"), (DiffMarks.Kind.Same, " "), (DiffMarks.Kind.Added, "c [d")],
            DiffMarks.Parse("a [-b-] {+c [d+}"));
}
