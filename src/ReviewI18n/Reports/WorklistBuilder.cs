using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Reports;

/// <summary>
/// Builds the worklist of one locale from a check's result: every finding that asks work of a
/// translator in that locale becomes an item, grouped by review. Section items get the size of
/// the source section (through the pair's alignment in the analysis); a missing translation the size of
/// the whole source review.
/// </summary>
public sealed class WorklistBuilder
{
    public Worklist Build(PipelineResult result, string locale, WorklistFilter filter)
    {
        var site = result.Site;
        var sourceLocale = site.Config.SourceLocale;
        var pairs = site.Pairs.Where(p => p.Locale == locale).ToDictionary(p => (p.Collection, p.Key));
        var groups = new Dictionary<(string, string), List<Diagnostic>>();
        foreach (var d in result.Diagnostics)
        {
            if (d.Locale != locale || d.Collection is null || d.Ref is null) continue;
            if (d.Rule.Work is null) continue;
            if (filter.Rules.Count > 0 && !filter.Rules.Contains(d.Rule.Name)) continue;
            if (filter.Collections.Count > 0 && !filter.Collections.Contains(d.Collection)) continue;
            var key = (d.Collection, d.Ref);
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add(d);
        }

        var reviews = new List<WorklistReview>(groups.Count);
        foreach (var ((collection, reference), findings) in groups)
        {
            var pair = pairs.GetValueOrDefault((collection, reference));
            var source = pair?.Source ?? site.Find(collection, sourceLocale, reference);
            var translation = pair?.Translation ?? site.Find(collection, locale, reference);
            var about = source ?? translation!;
            var company = ReviewInfo.CompanyOf(about);
            if (filter.Companies.Count > 0 && !filter.Companies.Contains(company)) continue;
            var date = ReviewInfo.DateOf(about);
            if (filter.Since is { } since && (date is null || date < since)) continue;

            var alignment = pair is null ? null : result.Analysis.Of(pair).Alignment;
            var items = findings
                .Select(d => Item(d, pair, alignment, source))
                .OrderBy(i => i.Kind).ThenBy(i => i.File, StringComparer.Ordinal).ThenBy(i => i.Line).ThenBy(i => i.Column)
                .ToList();
            reviews.Add(new WorklistReview(collection, reference, company, ReviewInfo.TitleOf(about), date,
                source?.RelativePath, translation?.RelativePath ?? (source is null ? about.RelativePath : ReviewInfo.TranslationPathOf(source, locale)),
                items));
        }
        reviews.Sort(static (a, b) =>
        {
            var c = a.Urgency.CompareTo(b.Urgency);
            if (c == 0) c = b.Items.Count.CompareTo(a.Items.Count);
            if (c == 0) c = string.CompareOrdinal(a.Collection, b.Collection);
            if (c == 0) c = string.CompareOrdinal(a.Ref, b.Ref);
            return c;
        });
        return new Worklist(locale, sourceLocale, reviews);
    }

    private static WorkItem Item(Diagnostic d, DocumentPair? pair, SectionAlignment? alignment, ReviewDocument? source)
    {
        var kind = d.Rule.Work!.Value;
        if (kind == WorkKind.MissingTranslation)
        {
            return new WorkItem(kind, d, null, null, source is null ? JobSize.Zero : WholeReview(source));
        }
        var aligned = pair is not null && alignment is not null && d.Section is not null ? SectionLocator.Find(alignment, pair, d) : null;
        var heading = aligned?.Source?.Section.Heading ?? aligned?.Translation?.Section.Heading;
        if (kind == WorkKind.UntranslatedField)
        {
            var value = d.Data?.GetValueOrDefault("field") is { } field ? source?.FrontMatter?.GetScalar(field) : null;
            return new WorkItem(kind, d, null, null, value is null ? JobSize.Zero : JobSize.Of(value));
        }
        var size = kind is WorkKind.StaleSection or WorkKind.UntranslatedSection or WorkKind.MissingSection && aligned?.Source is { } s && pair is not null
            ? JobSize.Of(s.Section.ContentOf(pair.Source.Text))
            : JobSize.Zero;
        return new WorkItem(kind, d, heading, d.Data?.GetValueOrDefault("diff"), size);
    }

    /// <summary>The body of a review (front matter aside) plus its title and summary, which are translated too.</summary>
    private static JobSize WholeReview(ReviewDocument source)
    {
        var start = source.Preamble?.ContentStart ?? (source.Sections.Count > 0 ? source.Lines.LineStart(source.Sections[0].HeadingLine) : source.Text.Length);
        var size = JobSize.Of(source.Text.AsSpan(start));
        foreach (var field in new[] { "title", "summary" })
        {
            if (source.FrontMatter?.GetScalar(field) is { } value) size += JobSize.Of(value);
        }
        return size;
    }
}
