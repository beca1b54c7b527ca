using ReviewI18n.Cli;
using ReviewI18n.Diagnostics;
using ReviewI18n.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ReviewI18n.Tests.Reports;

/// <summary>
/// A small site whose coverage was counted by hand (en source, ja target):
/// <list type="bullet">
/// <item>products/one: 3 sections; ja has Overview translated, the second still English, Advice missing.</item>
/// <item>products/two: 2 sections, no ja translation (both sections missing).</item>
/// <item>companies/acme: 2 sections, both translated.</item>
/// <item>ja products/ghost: an orphan.</item>
/// </list>
/// So: source 7 sections = 3 current + 1 untranslated + 3 missing; coverage 3/7.
/// </summary>
internal static class ReportSites
{
    public const string English = "This paragraph is still written in English and nobody has translated it into Japanese yet, which the check sees.";
    public const string Japanese = "この段落は日本語に翻訳されています。測定結果は良好で、設計も合理的です。";

    public static TempSite HandCounted() => new TempSite()
        .Write("content/en/products/a/one.md", Doc("one", "en", "products", "a", "Overview", English, "Scientific Validity", English, "Advice", English))
        .Write("content/ja/products/a/one.md", Doc("one", "ja", "products", "a", "概要", Japanese, "科学的有効性", English))
        .Write("content/en/products/a/two.md", Doc("two", "en", "products", "a", "Overview", English, "Advice", English))
        .Write("content/en/companies/acme.md", Doc("acme", "en", "companies", "acme", "Overview", English, "Advice", English))
        .Write("content/ja/companies/acme.md", Doc("acme", "ja", "companies", "acme", "概要", Japanese, "アドバイス", Japanese))
        .Write("content/ja/products/a/ghost.md", Doc("ghost", "ja", "products", "a", "概要", Japanese));

    public static string Doc(string reference, string lang, string collection, string company, params string[] headingsAndTexts)
    {
        var body = new System.Text.StringBuilder();
        for (var i = 0; i + 1 < headingsAndTexts.Length; i += 2) body.Append($"## {headingsAndTexts[i]}\n\n{headingsAndTexts[i + 1]}\n\n");
        return TempSite.Review(
            $"ref: {reference}\nlang: {lang}\ncompany_id: {company}\ntitle: \"{reference} review\"\ndate: 2025-08-14\npermalink: /{collection}/{lang}/{reference}/",
            body.ToString());
    }

    /// <summary>Runs Load, Pair and Check on a site in-process and gives the host for the report services.</summary>
    public static (Microsoft.Extensions.Hosting.IHost Host, PipelineResult Result) Check(TempSite site)
    {
        var console = new CliConsole(new StringWriter(), new StringWriter(), site.Root, false, new Dictionary<string, string?>());
        var host = HostFactory.Build(console, new GlobalSettings(null, true, false, true));
        return (host, host.Services.GetRequiredService<ReviewPipeline>().CheckWholeSite());
    }

    /// <summary>A stale-section finding as the check would make it: at the heading of the translation section aligned under that key.</summary>
    public static Diagnostic Stale(PipelineResult result, string file, string collection, string reference, string section, string diff)
    {
        var pair = result.Site.Pairs.Single(p => p.Translation.RelativePath == file);
        var keyed = result.Analysis.Of(pair).Alignment.Sections.First(a => a.Translation is not null && (a.Key == section || a.Translation.Key == section)).Translation!;
        return new Diagnostic
        {
            SectionIndex = keyed.Index,
            Heading = keyed.Section.Heading,
            Line = keyed.Section.HeadingLine,
            Rule = Rules.StaleSection,
            Severity = Severity.Warning,
            Message = $"The en section {section} changed since this translation.",
            File = file,
            Collection = collection,
            Ref = reference,
            Locale = "ja",
            Section = section,
            Data = new Dictionary<string, string> { ["diff"] = diff },
        };
    }
}
