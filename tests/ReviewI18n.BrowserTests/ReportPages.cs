using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ReviewI18n.Cli;
using ReviewI18n.Diagnostics;
using ReviewI18n.Output.Html;
using ReviewI18n.Reports;

namespace ReviewI18n.BrowserTests;

/// <summary>
/// Writes the HTML coverage report and worklist of a small site with hostile content (a review
/// title and a company name that are HTML) into the test output, for the browser to open.
/// Hand-counted coverage of the site: products 1 of 5 sections current (20%), companies 2 of 2
/// (100%), all of ja 3 of 7 (42.9%).
/// </summary>
public sealed class ReportPages : IDisposable
{
    public const string HostileTitle = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">";
    public const string HostileCompany = "<b onclick=x>evil</b>";

    private const string English = "This paragraph is still written in English and nobody has translated it into Japanese yet, which the check sees.";
    private const string Japanese = "この段落は日本語に翻訳されています。測定結果は良好で、設計も合理的です。";

    private readonly string _site;

    public ReportPages()
    {
        _site = Path.Combine(Path.GetTempPath(), "review-i18n-browser", Guid.NewGuid().ToString("N"));
        Write("pipeline.json", """
            { "sourceLocale": "en", "locales": ["en", "ja"],
              "collections": [
                { "name": "products", "path": "content/{locale}/products", "permalink": "/products/{locale}/{ref}/" },
                { "name": "companies", "path": "content/{locale}/companies", "permalink": "/companies/{locale}/{ref}/" } ],
              "frontMatter": { "required": [] } }
            """);
        Write("content/en/products/a/one.md", Doc("one", "en", "products", "a", "one review", "Overview", English, "Scientific Validity", English, "Advice", English));
        Write("content/ja/products/a/one.md", Doc("one", "ja", "products", "a", "one review", "概要", Japanese, "科学的有効性", English));
        Write("content/en/products/b/two.md", Doc("two", "en", "products", HostileCompany, HostileTitle, "Overview", English, "Advice", English));
        Write("content/en/companies/acme.md", Doc("acme", "en", "companies", "acme", "Acme", "Overview", English, "Advice", English));
        Write("content/ja/companies/acme.md", Doc("acme", "ja", "companies", "acme", "Acme", "概要", Japanese, "アドバイス", Japanese));
        Git("init", "-q");
        Git("add", "content/en", "pipeline.json");
        Git("commit", "-q", "-m", "English only");
        Git("add", "-A");
        Git("commit", "-q", "-m", "Japanese");
        Output = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(Path.Combine(Output, "screenshots"));
        ReportFile = Path.Combine(Output, "coverage.html");
        WorklistFile = Path.Combine(Output, "pending-ja.html");
        Run("report", "--format", "html", "--out", ReportFile);
        Run("pending", "--locale", "ja", "--format", "html", "--out", WorklistFile);
        HistoryFile = Path.Combine(Output, "coverage-history.html");
        Run("report", "--format", "html", "--history", "5", "--out", HistoryFile);
        StaleWorklistFile = Path.Combine(Output, "pending-ja-stale.html");
        WriteWorklistWithStaleSection(StaleWorklistFile);
    }

    /// <summary>A worklist with a stale section, whose diff the drift rule gives with [-old-] and {+new+} marks.</summary>
    public const string StaleDiff = "The bass is [-weak-] {+strong <b>and</b> tight+} overall.";

    public string StaleWorklistFile { get; }

    /// <summary>The test output's artifacts folder; screenshots go to its <c>screenshots</c> folder.</summary>
    public string Output { get; }

    public string ReportFile { get; }

    public string WorklistFile { get; }

    /// <summary>The report with <c>--history</c>: two commits, English only (0%) then as now (3 of 7).</summary>
    public string HistoryFile { get; }

    public string Screenshot(string name) => Path.Combine(Output, "screenshots", name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_site, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The worklist of the site plus a hand-made stale-section finding (the drift rule is not part of this project's tests).</summary>
    private void WriteWorklistWithStaleSection(string path)
    {
        var console = new CliConsole(new StringWriter(), new StringWriter(), _site, false, new Dictionary<string, string?>());
        using var host = HostFactory.Build(console, new GlobalSettings(null, true, false, true));
        var result = host.Services.GetRequiredService<ReviewPipeline>().CheckWholeSite();
        var stale = new Diagnostic
        {
            Rule = Rules.StaleSection,
            Severity = Severity.Warning,
            Message = "The en section advice changed since this translation.",
            File = "content/ja/companies/acme.md",
            Line = 13,
            Collection = "companies",
            Ref = "acme",
            Locale = "ja",
            Section = "advice",
            Data = new Dictionary<string, string> { ["diff"] = StaleDiff },
        };
        var list = host.Services.GetRequiredService<WorklistBuilder>().Build(result with { Diagnostics = [.. result.Diagnostics, stale] }, "ja", WorklistFilter.All);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        new WorklistHtmlWriter(writer).Write(list, DateTimeOffset.UnixEpoch);
    }

    private void Run(params string[] args)
    {
        var error = new StringWriter();
        var console = new CliConsole(new StringWriter(), error, _site, false, new Dictionary<string, string?>());
        var exit = CliApp.RunAsync(args, console).GetAwaiter().GetResult();
        if (exit != 0) throw new InvalidOperationException($"review-i18n {string.Join(' ', args)} exited {exit}: {error}");
    }

    private void Git(params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = _site, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false" }) start.ArgumentList.Add(a);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', args)}: {process.StandardError.ReadToEnd()}");
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_site, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    private static string Doc(string reference, string lang, string collection, string company, string title, params string[] headingsAndTexts)
    {
        var body = new StringBuilder();
        for (var i = 0; i + 1 < headingsAndTexts.Length; i += 2) body.Append($"## {headingsAndTexts[i]}\n\n{headingsAndTexts[i + 1]}\n\n");
        return $"---\nref: {reference}\nlang: {lang}\ncompany_id: '{company}'\ntitle: '{title}'\ndate: 2025-08-14\npermalink: /{collection}/{lang}/{reference}/\n---\n{body}";
    }
}
