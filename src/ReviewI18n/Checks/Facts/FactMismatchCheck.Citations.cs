using ReviewI18n.Diagnostics;
using ReviewI18n.Facts;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Checks.Facts;

/// <summary>fact-mismatch: which sources two sections cite, and when their difference is a defect.</summary>
public sealed partial class FactMismatchCheck
{
    /// <summary>Without a reference list on both sides, markers compare by number and URLs as written.</summary>
    private static void CompareAsWritten(DocumentPair pair, string key, SectionFacts s, SectionFacts t, int headingOffset, ICollection<Diagnostic> findings)
    {
        var (translation, sourceLocale) = (pair.Translation, pair.Source.Locale);
        if (Lost(s.Markers, t.Markers, static _ => "", false, out var markerAt))
        {
            findings.Add(Findings.Facts.FactMismatch(translation, key, FactKind.ReferenceMarker, sourceLocale,
                Show(s.Markers, "[{0}]"), Show(t.Markers, "[{0}]"), markerAt ?? headingOffset));
        }
        if (Lost(s.Urls, t.Urls, static _ => "", false, out var urlAt))
        {
            findings.Add(Findings.Facts.FactMismatch(translation, key, FactKind.Url, sourceLocale,
                Show(Except(s.Urls, t.Urls), "{0}"), Show(Except(t.Urls, s.Urls), "{0}"), urlAt ?? headingOffset));
        }
    }

    /// <summary>
    /// How the sources two sections cite disagree, if they do in a way a reader would call wrong
    /// (judged on the real site: a translation that condenses drops a side remark with its source,
    /// which is not a defect, so a source merely missing is not reported):
    /// <list type="bullet">
    /// <item>the translation cites nothing where the source cites;</item>
    /// <item>a source is missing and the translation cites another in its place, one the source
    /// section does not cite (a citation repurposed: <c>[5]</c> is a review in English and an award
    /// page in Japanese; a shop page where the source cites a measurement), unless both are shops or
    /// price pages.</item>
    /// </list>
    /// A renumbered citation, the same page or site in the other locale, and a local shop for a
    /// local price are the same source.
    /// </summary>
    /// <summary>
    /// The sources a section cites, counted as price sources when <c>glossary/sources.yml</c> names
    /// them as shops. In the source section a source cited for a price (<c>launch price 2,500 USD [8]</c>)
    /// is a price source too, unless its entry says it is a spec sheet, a measurement or a review (that
    /// backs the rest of the sentence): the translation may cite its own market for its own currency. A translation's source must be a price page by its own entry: judged on the real site,
    /// a price claim the translation backs with a spec sheet or a review is a real defect.
    /// </summary>
    private List<Citation> Cited(SectionFacts facts, ReferenceList references, string? sourceText)
    {
        var cited = Citation.Of(facts, references);
        for (var i = 0; i < cited.Count; i++)
        {
            if (!cited[i].IsPriceSource && (sources.IsShop(cited[i].Source) || sourceText is not null && ClaimText.StatesPrice(sourceText, cited[i].Offset) && !PriceSources.IsEvidence(cited[i].Title)))
            {
                cited[i] = cited[i] with { IsPriceSource = true };
            }
        }
        return cited;
    }

    private (List<Citation> Source, List<Citation> Translation, int? At)? CitationMismatch(List<Citation> cited, List<Citation> translated, string locale,
        IReadOnlySet<(string, string)> aliases)
    {
        if (translated.Count == 0) return (cited, translated, null);
        var missing = cited.Where(c => !c.IsCitedBy(translated, aliases)).ToList();
        if (missing.Count == 0) return null;
        // A source the translation cites that the source section does not: in place of a missing one
        // (a shop for a shop is a local price source, not a replacement).
        var instead = translated.Where(t => !t.IsCitedBy(cited, aliases) && !IsLocal(t, locale) && !sources.IsLocal(t.Source, locale) && missing.Any(m => !(m.IsPriceSource && t.IsPriceSource))).ToList();
        return instead.Count > 0 ? (missing, instead, instead[0].Offset) : null;
    }

    /// <summary>
    /// Brand names that stand for each other in this pair: each front-matter value of the source
    /// with a sanctioned local value in the glossary (<c>company_id: jvc</c>, <c>victor</c> in ja),
    /// so a citation of victor.jp and one of jvc.com name one maker's page.
    /// </summary>
    private IReadOnlySet<(string, string)> BrandAliases(DocumentPair pair)
    {
        HashSet<(string, string)>? aliases = null;
        foreach (var pairOfNames in sources.SameNames) (aliases ??= []).Add(pairOfNames);
        foreach (var field in pair.Source.FrontMatter?.Fields ?? [])
        {
            if (field.Scalar is { } value && sanctioned.LocalFor(field.Key, value, pair.Locale) is { } local)
            {
                (aliases ??= []).Add((value.ToLowerInvariant(), local.ToLowerInvariant()));
            }
        }
        return aliases ?? NoAliases;
    }

    private static readonly HashSet<(string, string)> NoAliases = [];

    /// <summary>
    /// A source in the translation's country: a .jp site, or an entry that says it is the local
    /// distributor's or the country's ("Naspec (日本代理店)", "Anker Japan"). Judged on the real site,
    /// the local page for what the source cites abroad, not a replacement.
    /// </summary>
    private static bool IsLocal(Citation citation, string locale)
    {
        if (ReviewI18n.Drift.TranslationLocale.CountryDomainOf(locale) is not { } country) return false;
        if (citation.Source.Site.EndsWith("." + country, StringComparison.Ordinal)) return true;
        return LocalWords.TryGetValue(country, out var words) && words.Any(w => citation.Title.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Words that mark a source as the country's own, by country domain.</summary>
    private static readonly Dictionary<string, string[]> LocalWords = new(StringComparer.Ordinal)
    {
        ["jp"] = ["日本", "国内", "代理店", "輸入元", "Japan"],
    };

    /// <summary>
    /// Whether the translation cites every source of the source section under the same marker with
    /// the same URL, or the same URL in the text: most sections, which need no more look.
    /// </summary>
    private static bool CitedAlike(SectionFacts s, SectionFacts t, ReferenceList sourceRefs, ReferenceList translationRefs)
    {
        foreach (var marker in s.Markers)
        {
            if (sourceRefs.IsInEntry(marker.Offset)) continue;
            if (sourceRefs.Find(marker.Value) is not { } entry) continue;
            var found = false;
            foreach (var other in t.Markers)
            {
                if (other.Value == marker.Value && translationRefs.Find(other.Value) is { } theirs && entry.HasSameUrl(theirs)) { found = true; break; }
            }
            if (!found) return false;
        }
        foreach (var url in s.Urls)
        {
            if (sourceRefs.IsInEntry(url.Offset)) continue;
            var found = false;
            foreach (var other in t.Urls)
            {
                if (other.Value == url.Value) { found = true; break; }
            }
            if (!found) return false;
        }
        return true;
    }

    /// <summary>Whether a marker of the section names an entry without a usable URL: what it cites cannot be told, so it is not compared.</summary>
    private static bool CitesUnknown(SectionFacts facts, ReferenceList references)
    {
        foreach (var marker in facts.Markers)
        {
            if (references.Find(marker.Value) is { Source: null }) return true;
        }
        return false;
    }

    /// <summary>Where the translation section cites: its first resolved citation, else its first marker.</summary>
    private static int? CitedAt(List<Citation> cites, SectionFacts t) =>
        cites.Count > 0 ? cites.Min(c => c.Offset) : t.Markers.Count > 0 ? t.Markers[0].Offset : null;

    private static string ShowCitations(IReadOnlyList<Citation> citations)
    {
        if (citations.Count == 0) return "(none)";
        var text = string.Join(" ", citations.Select(c => c.Label.StartsWith('[') ? $"{c.Label} {c.Source.Page}" : c.Source.Page).Distinct());
        return text.Length <= 300 ? text : text[..299] + "…";
    }
}
