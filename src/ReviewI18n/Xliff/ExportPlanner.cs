using ReviewI18n.Diagnostics;
using ReviewI18n.Facts;
using ReviewI18n.Glossary;
using ReviewI18n.Reports;
using ReviewI18n.Sections;

namespace ReviewI18n.Xliff;

/// <summary>
/// Which sections of one locale go out for translation: the section work of the worklist (stale,
/// untranslated and missing sections, with the same filters as <c>pending</c>), each with the
/// source diff of a stale section, the glossary terms its source uses with their fixed
/// translations, and the facts that must survive (the score, measured values, citation markers).
/// Whole missing translations are not units: <c>scaffold</c> starts them, and their sections then
/// come out as untranslated.
/// </summary>
public sealed class ExportPlanner(WorklistBuilder worklists, TranslationGlossary glossary)
{
    private static readonly HashSet<WorkKind> SectionWork = [WorkKind.StaleSection, WorkKind.UntranslatedSection, WorkKind.MissingSection];

    public List<ExportUnit> Plan(PipelineResult result, string locale, WorklistFilter filter)
    {
        var site = result.Site;
        var list = worklists.Build(result, locale, filter);
        var pairs = site.Pairs.Where(p => p.Locale == locale).ToDictionary(p => (p.Collection, p.Key));
        var units = new Dictionary<string, ExportUnit>(StringComparer.Ordinal);
        foreach (var review in list.Reviews)
        {
            if (!pairs.TryGetValue((review.Collection, review.Ref), out var pair)) continue;
            var alignment = result.Analysis.Of(pair).Alignment;
            foreach (var item in review.Items.Where(i => SectionWork.Contains(i.Kind)))
            {
                if (SectionLocator.Find(alignment, pair, item.Finding) is not { Source: { } source } aligned) continue;
                var id = UnitText.UnitId(pair.Collection, pair.Key, UnitText.KeyOf(alignment, aligned));
                if (units.ContainsKey(id)) continue;
                var sourceText = UnitText.Of(pair.Source.Text, source.Section);
                var targetText = aligned.Translation is { } t ? UnitText.Of(pair.Translation.Text, t.Section) : null;
                units[id] = new ExportUnit(id, pair, aligned, item.Kind.ToName(), item.Message, item.Diff, sourceText,
                    item.Kind == WorkKind.UntranslatedSection && targetText == sourceText ? null : targetText, targetText,
                    Terms(sourceText, pair.Source.Locale, locale), Facts(pair.Source, source.Index));
            }
        }
        return [.. units.Values];
    }

    /// <summary>The glossary terms the source text uses (whole words, any case), with their forms in the target locale.</summary>
    private List<(string, string)> Terms(string text, string sourceLocale, string locale)
    {
        var found = new List<(string, string)>();
        foreach (var term in glossary.Terms)
        {
            foreach (var form in term.FormsIn(sourceLocale))
            {
                if (!ContainsWord(text, form)) continue;
                if (term.FormsIn(locale) is [var first, ..]) found.Add((form, first));
                break;
            }
        }
        return found;
    }

    private static bool ContainsWord(string text, string form)
    {
        for (var at = text.IndexOf(form, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + form.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]))) return true;
        }
        return false;
    }

    /// <summary>The facts of a source section (read here, for the few sections exported: the analysis holds facts only when a fact rule is on).</summary>
    private static List<string> Facts(Content.ReviewDocument source, int index)
    {
        var section = source.Sections[index];
        var f = FactExtractor.Extract(source.Text, section.ContentStart, section.ContentEnd);
        var list = new List<string>();
        if (f.Score is { } score) list.Add($"score {score.Value}");
        if (f.Measurements.Count > 0) list.Add("figures " + string.Join(", ", f.Measurements.Select(m => m.Value).Distinct()));
        if (f.Markers.Count > 0) list.Add("citations " + string.Join(" ", f.Markers.Select(m => $"[{m.Value}]").Distinct()));
        return list;
    }
}
