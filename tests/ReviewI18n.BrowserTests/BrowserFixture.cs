using Microsoft.Playwright;

namespace ReviewI18n.BrowserTests;

/// <summary>
/// One Chromium for all browser tests: Debian's, driven by Playwright's bundled driver, with
/// nothing that reaches the network. Starts only when Chromium exists (else the tests skip).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public ReportPages Pages { get; } = new();

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumFactAttribute.ChromiumPath)) return;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = Arguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        Pages.Dispose();
    }

    /// <summary>A fresh page on a file, recording every dialog and page error, so a test can assert none happened.</summary>
    public async Task<(IPage Page, List<string> Events)> OpenAsync(string file)
    {
        var page = await Browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        var events = new List<string>();
        page.Dialog += (_, dialog) =>
        {
            events.Add("dialog: " + dialog.Message);
            _ = dialog.DismissAsync();
        };
        page.PageError += (_, error) => events.Add("page error: " + error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error") events.Add("console error: " + message.Text);
        };
        await page.GotoAsync(new Uri(file).AbsoluteUri);
        return (page, events);
    }
}
