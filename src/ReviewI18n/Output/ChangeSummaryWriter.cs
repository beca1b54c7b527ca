using System.Globalization;
using ReviewI18n.Diagnostics;
using ReviewI18n.History;

namespace ReviewI18n.Output;

/// <summary>
/// The pull-request summary of <c>check --changed-since REF --format markdown</c> (and of the job
/// summary): first what the change means for translators, "This change edits 3 English sections;
/// 3 Japanese sections now need updating", with both lists linked to their lines, then the
/// findings the change is answerable for. Links point at the file on GitHub when the runner's
/// variables say where (<c>GITHUB_SERVER_URL</c>, <c>GITHUB_REPOSITORY</c>, <c>GITHUB_SHA</c>), else
/// at the path relative to the site.
/// </summary>
public sealed class ChangeSummaryWriter(TextWriter output, Func<string, int, string> link)
{
    /// <summary>Links into the repository on GitHub, or plain relative paths outside Actions.</summary>
    public static Func<string, int, string> Links(IReadOnlyDictionary<string, string> environment, string repositoryPrefix)
    {
        if (environment.GetValueOrDefault("GITHUB_SERVER_URL") is { Length: > 0 } server
            && environment.GetValueOrDefault("GITHUB_REPOSITORY") is { Length: > 0 } repository
            && (environment.GetValueOrDefault("GITHUB_HEAD_SHA") ?? environment.GetValueOrDefault("GITHUB_SHA")) is { Length: > 0 } sha)
        {
            return (file, line) => $"{server.TrimEnd('/')}/{repository}/blob/{sha}/{SarifWriter.UriOf(repositoryPrefix + file)}#L{line}";
        }
        return (file, line) => $"{SarifWriter.UriOf(file)}#L{line}";
    }

    public void Write(ChangeScope scope, string sourceLocale, DiagnosticSummary summary, int maxRows = int.MaxValue)
    {
        // Only what the change's source edits caused: a stale section already there in a touched translation is listed with the findings below.
        var stale = scope.Findings.Where(d => (d.Rule == Rules.StaleSection || d.Rule == Rules.MissingSection) && scope.TranslationsOfChangedSources.Contains(d.File)).ToList();
        var staleLocales = stale.Select(d => d.Locale).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        output.WriteLine("## review-i18n: this change");
        output.WriteLine();
        var edits = Count(scope.EditedSourceSections.Count, $"{Language(sourceLocale)} section");
        output.WriteLine(stale.Count == 0
            ? $"This change edits {edits}; no translated section needs updating because of it."
            : $"This change edits {edits}; {Count(stale.Count, $"{string.Join(" and ", staleLocales.Select(Language))} section")} now need{(stale.Count == 1 ? "s" : "")} updating.");
        output.WriteLine();
        if (scope.EditedSourceSections.Count > 0)
        {
            output.WriteLine($"**Edited in {Language(sourceLocale)}**");
            output.WriteLine();
            foreach (var e in scope.EditedSourceSections.Take(maxRows))
            {
                output.WriteLine($"- [{MarkdownText.Escape(e.File)} § {MarkdownText.Escape(e.Heading)}]({link(e.File, e.Line)}) ({e.Edit})");
            }
            output.WriteLine();
        }
        if (stale.Count > 0)
        {
            output.WriteLine("**Translations to update**");
            output.WriteLine();
            foreach (var d in stale.Take(maxRows))
            {
                output.WriteLine($"- [{MarkdownText.Escape(d.File)} § {MarkdownText.Escape(d.Section ?? "")}]({link(d.File, d.Line)}): {MarkdownText.Escape(d.Message)}");
            }
            output.WriteLine();
        }
        new MarkdownDiagnosticWriter(output).Write(scope.Findings, summary, maxRows);
    }

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    /// <summary>A locale's language in English ("English", "Japanese"), or the code when it is not one the runtime knows.</summary>
    private static string Language(string locale)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(locale);
            return culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal) ? locale : culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return locale;
        }
    }
}
