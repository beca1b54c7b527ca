using System.Globalization;
using Microsoft.Playwright;

namespace ReviewI18n.BrowserTests;

/// <summary>The HTML coverage report and worklist, opened in Chromium: charts, sorting, escaping; a screenshot of each.</summary>
public sealed class ReportPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [ChromiumFact]
    public async Task Coverage_charts_render_with_the_hand_counted_numbers()
    {
        var (page, events) = await browser.OpenAsync(browser.Pages.ReportFile);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = browser.Pages.Screenshot("coverage.png"), FullPage = true });

        var locale = page.Locator("#chart-locales g.bar");
        Assert.Equal(1, await locale.CountAsync());
        Assert.Equal("ja", await locale.GetAttributeAsync("data-label"));
        Assert.Equal("42.9%", await locale.Locator("text.value").TextContentAsync());
        // The current part of the bar is drawn 3/7 of the full bar's width (480 px).
        var current = await locale.Locator("rect.current").BoundingBoxAsync();
        Assert.NotNull(current);
        Assert.InRange(current.Width, 480 * 3 / 7.0 - 1, 480 * 3 / 7.0 + 1);
        var missing = await locale.Locator("rect.missing").BoundingBoxAsync();
        Assert.InRange(missing!.Width, 480 * 3 / 7.0 - 1, 480 * 3 / 7.0 + 1);

        var bars = page.Locator("#chart-collections g.bar");
        Assert.Equal(2, await bars.CountAsync());
        Assert.Equal("20.0%", await page.Locator("#chart-collections g.bar[data-label='ja products'] text.value").TextContentAsync());
        Assert.Equal("100.0%", await page.Locator("#chart-collections g.bar[data-label='ja companies'] text.value").TextContentAsync());
        Assert.Empty(events);
    }

    [ChromiumFact]
    public async Task Clicking_a_header_sorts_the_table_and_a_second_click_reverses_it()
    {
        var (page, _) = await browser.OpenAsync(browser.Pages.ReportFile);
        var table = page.Locator("#collections-ja");
        var coverage = table.Locator("thead th", new LocatorLocatorOptions { HasText = "Coverage" });

        await coverage.ClickAsync();
        Assert.Equal("ascending", await coverage.GetAttributeAsync("aria-sort"));
        var ascending = await table.Locator("tbody tr td:first-child").AllTextContentsAsync();
        Assert.Equal(["products", "all", "companies"], ascending);

        await coverage.ClickAsync();
        Assert.Equal("descending", await coverage.GetAttributeAsync("aria-sort"));
        Assert.Equal(["companies", "all", "products"], await table.Locator("tbody tr td:first-child").AllTextContentsAsync());

        var name = table.Locator("thead th", new LocatorLocatorOptions { HasText = "Collection" });
        await name.ClickAsync();
        Assert.Equal(["all", "companies", "products"], await table.Locator("tbody tr td:first-child").AllTextContentsAsync());
    }

    [ChromiumFact]
    public async Task The_worklist_shows_a_hostile_title_as_text_and_runs_nothing()
    {
        var (page, events) = await browser.OpenAsync(browser.Pages.WorklistFile);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = browser.Pages.Screenshot("pending-ja.png"), FullPage = true });

        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.pwned"));
        var titles = await page.Locator("#reviews tbody tr td:nth-child(2)").AllTextContentsAsync();
        Assert.Contains(ReportPages.HostileTitle, titles);
        Assert.Contains(ReportPages.HostileCompany, await page.Locator("#reviews tbody tr td:nth-child(3)").AllTextContentsAsync());
        Assert.Equal(0, await page.Locator("section.review img").CountAsync());
        Assert.Equal(1, await page.Locator("script").CountAsync()); // only the page's own sorting script
        Assert.Empty(events);
    }

    [ChromiumFact]
    public async Task The_worklist_table_sorts_by_size()
    {
        var (page, _) = await browser.OpenAsync(browser.Pages.WorklistFile);
        var words = page.Locator("#reviews thead th", new PageLocatorOptions { HasText = "Words" });
        await words.ClickAsync();
        await words.ClickAsync();
        var values = (await page.Locator("#reviews tbody tr td:nth-child(6)").AllTextContentsAsync())
            .Select(v => int.Parse(v, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(values.OrderByDescending(v => v), values);
        Assert.True(values.Count >= 2);
    }

    [ChromiumFact]
    public async Task A_stale_section_shows_its_source_change_as_struck_and_inserted_words()
    {
        var (page, events) = await browser.OpenAsync(browser.Pages.StaleWorklistFile);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = browser.Pages.Screenshot("pending-ja-stale.png"), FullPage = true });

        var item = page.Locator("li.item.stale-section");
        Assert.Equal(1, await item.CountAsync());
        Assert.Equal("weak", await item.Locator(".diff del").TextContentAsync());
        Assert.Equal("strong <b>and</b> tight", await item.Locator(".diff ins").TextContentAsync());
        Assert.Equal("line-through", await item.Locator(".diff del").EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine"));
        Assert.Equal(0, await item.Locator(".diff b").CountAsync());
        // The review with a stale section comes right after the review that is not translated at all.
        Assert.Equal(["Not yet translated", "Changed in the source", "Untranslated section"],
            await page.Locator("#reviews tbody tr td:nth-child(4)").AllTextContentsAsync());
        Assert.Empty(events);
    }

    [ChromiumFact]
    public async Task The_history_line_chart_rises_from_nothing_to_the_current_coverage()
    {
        var (page, events) = await browser.OpenAsync(browser.Pages.HistoryFile);
        await page.Locator("#chart-history").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = browser.Pages.Screenshot("coverage-history.png"), FullPage = true });

        var points = page.Locator("#chart-history g.series[data-locale='ja'] circle.point");
        Assert.Equal(2, await points.CountAsync());
        Assert.Equal("0", await points.Nth(0).GetAttributeAsync("data-coverage"));
        Assert.Equal("0.4286", await points.Nth(1).GetAttributeAsync("data-coverage"));
        var first = await points.Nth(0).BoundingBoxAsync();
        var last = await points.Nth(1).BoundingBoxAsync();
        // 200 px of chart for 0..100%: the second point sits 3/7 of it higher, further right.
        Assert.InRange(first!.Y - last!.Y, 200 * 3 / 7.0 - 2, 200 * 3 / 7.0 + 2);
        Assert.True(last.X > first.X);
        Assert.True((await page.Locator("#chart-history polyline").BoundingBoxAsync())!.Width > 500);
        Assert.Empty(events);
    }
}
