using Microsoft.Extensions.DependencyInjection;
using ReviewI18n.Analysis;
using ReviewI18n.Checks;
using ReviewI18n.Cli;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.Pairing;
using ReviewI18n.Tests.Reports;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Pipeline;

/// <summary>
/// <see cref="CheckRunner.Recheck"/>, which a watch and each point of <c>report --history</c> use
/// instead of checking the whole site again: after every kind of change, what it keeps and what it
/// checks again must be exactly what a check of the whole site finds.
/// </summary>
public sealed class RecheckTests
{
    private static readonly string English = ReportSites.English;
    private static readonly string Japanese = ReportSites.Japanese;

    [Fact]
    public void After_each_change_the_findings_are_those_of_a_whole_check()
    {
        using var site = ReportSites.HandCounted()
            .Write("content/ja/products/a/two-draft.md", ReportSites.Doc("two-draft", "ja", "products", "a", "概要", Japanese));
        var console = new CliConsole(new StringWriter(), new StringWriter(), site.Root, false, new Dictionary<string, string?>());
        using var host = HostFactory.Build(console, new GlobalSettings(null, true, false, true));
        var (config, loader, analyzer, checks) = (host.Services.GetRequiredService<PipelineConfig>(), host.Services.GetRequiredService<ContentLoader>(),
            host.Services.GetRequiredService<Analyzer>(), host.Services.GetRequiredService<CheckRunner>());
        var parts = checks.Reads & ~Analyses.Baselines;

        var documents = loader.Load().Documents.ToDictionary(d => d.RelativePath, StringComparer.Ordinal);
        var analysis = analyzer.Analyze(Pairer.Pair(config, [.. documents.Values]), parts);
        var findings = checks.Run(analysis);
        Assert.NotEmpty(findings);

        (string Change, Action Apply)[] changes =
        [
            ("a translation says it is English", () => site.Write("content/ja/products/a/one.md", ReportSites.Doc("one", "en", "products", "a", "概要", Japanese, "科学的有効性", English))),
            ("a source gains a section", () => site.Write("content/en/companies/acme.md", ReportSites.Doc("acme", "en", "companies", "acme", "Overview", English, "Technology Level", English, "Advice", English))),
            ("an orphan takes the ref of an untranslated source", () => site.Write("content/ja/products/a/ghost.md", ReportSites.Doc("two", "ja", "products", "a", "概要", Japanese))),
            ("a second translation claims the same ref", () => site.Write("content/ja/products/a/two-draft.md", ReportSites.Doc("two", "ja", "products", "a", "概要", Japanese))),
            ("a copy that sorts first displaces a translation from its pair", () => site.Write("content/ja/products/a/a-copy.md", ReportSites.Doc("one", "ja", "products", "a", "概要", Japanese))),
            ("the displaced translation gets a heading nobody knows", () => site.Write("content/ja/products/a/one.md", ReportSites.Doc("one", "ja", "products", "a", "概要", Japanese, "ふしぎな見出し", Japanese))),
            ("a source is deleted", () => File.Delete(site.PathOf("content/en/products/a/one.md"))),
            ("the translation left alone is fixed", () => site.Write("content/ja/products/a/one.md", ReportSites.Doc("one", "ja", "products", "a", "概要", Japanese, "科学的有効性", Japanese))),
            ("the source comes back", () => site.Write("content/en/products/a/one.md", ReportSites.Doc("one", "en", "products", "a", "Overview", English, "Scientific Validity", English))),
            ("a draft is removed", () => File.Delete(site.PathOf("content/ja/products/a/two-draft.md"))),
            ("the copy is removed", () => File.Delete(site.PathOf("content/ja/products/a/a-copy.md"))),
        ];
        var seen = new HashSet<string>(StringComparer.Ordinal) { Describe(findings) };
        foreach (var (change, apply) in changes)
        {
            var before = Snapshot(site);
            apply();
            var changed = Snapshot(site).Where(f => !before.Contains(f)).Concat(before.Where(f => !Snapshot(site).Contains(f)))
                .Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            foreach (var path in changed)
            {
                documents.Remove(path);
                if (File.Exists(site.PathOf(path)) && loader.Describe(site.PathOf(path)) is { } file)
                {
                    documents[path] = DocumentReader.Read(File.ReadAllBytes(file.FullPath), file.FullPath, file.RelativePath, file.Collection, file.Locale);
                }
            }

            var previous = analysis;
            analysis = analyzer.Analyze(Pairer.Pair(config, [.. documents.Values]), parts, previous);
            findings = checks.Recheck(analysis, previous.Site, findings, changed);

            var whole = checks.Run(analyzer.Analyze(Pairer.Pair(config, [.. documents.Values]), parts));
            Assert.True(Describe(whole) == Describe(findings), $"after '{change}':\nwhole check:\n{Describe(whole)}\nrechecked:\n{Describe(findings)}");
            seen.Add(Describe(findings));
        }
        Assert.True(seen.Count >= changes.Length, "every change moves the findings");
    }

    private static HashSet<(string Path, string Text)> Snapshot(TempSite site) =>
        Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*.md", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(site.Root, f).Replace('\\', '/'), File.ReadAllText(f))).ToHashSet();

    private static string Describe(IEnumerable<ReviewI18n.Diagnostics.Diagnostic> findings) =>
        string.Join('\n', findings.Select(d => $"{d.Rule.Name} {d.File}:{d.Line}:{d.Column} {d.Severity} {d.Message} section {d.Section}/{d.SectionIndex}/{d.SectionFile} "
            + string.Join(',', (d.Data ?? new Dictionary<string, string>()).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))));
}
