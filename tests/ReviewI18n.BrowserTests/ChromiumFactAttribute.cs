namespace ReviewI18n.BrowserTests;

/// <summary>
/// A test that needs Debian's Chromium: skipped, with the reason, where /usr/bin/chromium is
/// absent (Playwright cannot download its own browsers here). <c>.ci/run</c> installs it.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath)) Skip = $"{ChromiumPath} is absent: install it with 'apt-get install -y chromium' to run the browser tests.";
    }
}
