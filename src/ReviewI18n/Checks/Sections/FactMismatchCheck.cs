using ReviewI18n.Diagnostics;
using ReviewI18n.Facts;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Checks.Sections;

/// <summary>
/// <c>fact-mismatch</c>: what must not change in translation, compared section by section after
/// normalization (<c>0.60</c> = <c>0.6</c>, full-width digits = ASCII). The score must be equal.
/// Every source the source section cites must be cited by the translation's section: markers are
/// resolved through each document's reference list, so a renumbered citation (<c>[6]</c> for the
/// English <c>[2]</c>) is the same source, and so is the same page or site in the other locale; a
/// shop or price page stands for another, since each locale cites its own for its own currency. A
/// translation may add sources of its own. Documents without a reference list compare marker
/// numbers and URLs as written. A measurement counts as changed when the translation has a
/// figure in a unit whose source figure it lacks (<c>16Ω</c> became <c>32Ω</c>); a figure merely
/// dropped or added is how translations condense or explain; the notes of reference entries are
/// not compared, nor percentages in a section that states prices (they are worked out from local
/// prices). A reference list section itself is compared through the citations of the others.
/// Sections the glossary marks as localized are compared the same way. Measured values are
/// <c>figure-mismatch</c>, at info: judged on the real site, fewer than half of them are real.
/// </summary>
public sealed class FactMismatchCheck(SectionAligner aligner, FactIndex facts, Glossary.SanctionedValues sanctioned) : IPairCheck
{
    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.FactMismatch, Diagnostics.Rules.FigureMismatch];

    public void Check(DocumentPair pair, SiteModel site, ICollection<Diagnostic> findings)
    {
        if (!SectionPairs.CanCompare(pair)) return;
        var translation = pair.Translation;
        var sourceLocale = pair.Source.Locale;
        var (sourceRefs, translationRefs) = (ReferenceList.Of(pair.Source), ReferenceList.Of(translation));
        foreach (var aligned in aligner.Align(pair).Matched)
        {
            var s = facts.Of(pair.Source, aligned.Source!.Index);
            var t = facts.Of(translation, aligned.Translation!.Index);
            var headingOffset = translation.Lines.LineStart(aligned.Translation.Section.HeadingLine);
            var key = aligned.Key;

            if (s.Score?.Value != t.Score?.Value)
            {
                findings.Add(Findings.Sections.FactMismatch(translation, key, FactKind.Score, sourceLocale,
                    s.Score?.Value ?? "(none)", t.Score?.Value ?? "(none)", t.Score?.Offset ?? headingOffset));
            }
            if (sourceRefs.IsEmpty || translationRefs.IsEmpty)
            {
                // Local shops and prices cannot be told apart without the reference lists.
                if (!aligned.IsLocalized) CompareAsWritten(pair, key, s, t, headingOffset, findings);
            }
            else if (!CitedAlike(s, t, sourceRefs, translationRefs) && !CitesUnknown(t, translationRefs) && Citation.Of(s, sourceRefs) is { Count: > 0 } cited
                && CitationMismatch(cited, Citation.Of(t, translationRefs), pair.Locale, BrandAliases(pair)) is { } mismatch)
            {
                findings.Add(Findings.Sections.FactMismatch(translation, key, FactKind.Citation, sourceLocale,
                    ShowCitations(mismatch.Source), ShowCitations(mismatch.Translation), mismatch.At ?? CitedAt([], t) ?? headingOffset));
            }
            if (!HasAll(t.Measurements, s.Measurements))
            {
                var sourceFigures = Measured(s.Measurements, sourceRefs, pair.Source.Text, aligned.Source.Section);
                var translationFigures = Measured(t.Measurements, translationRefs, translation.Text, aligned.Translation.Section);
                (sourceFigures, translationFigures) = WithoutRoundedPairs(sourceFigures, translationFigures);
                if (Lost(sourceFigures, translationFigures, UnitOf, true, out var measureAt) && ReplacedOneForOne(sourceFigures, translationFigures))
                {
                    findings.Add(Findings.Sections.FactMismatch(translation, key, FactKind.Measurement, sourceLocale,
                        Show(Except(sourceFigures, translationFigures), "{0}"), Show(Except(translationFigures, sourceFigures), "{0}"), measureAt ?? headingOffset));
                }
            }
        }
    }

    /// <summary>
    /// Whether, in some unit, both sections give as many different values and one was replaced by
    /// a comparable one: the same figures with one changed (a 50mm driver became 70mm). Where the counts differ the
    /// translation condensed or explained (it dropped the driver size and kept the plug size, or
    /// wrote "10Hz deeper" for 40Hz against 50Hz): judged on the real site, not a defect.
    /// </summary>
    private static bool ReplacedOneForOne(IReadOnlyList<Fact> source, IReadOnlyList<Fact> translation)
    {
        var byUnit = source.Select(f => f.Value).Distinct(StringComparer.Ordinal).GroupBy(UnitOf, StringComparer.Ordinal);
        foreach (var unit in byUnit)
        {
            var theirs = translation.Select(f => f.Value).Where(v => UnitOf(v) == unit.Key).Distinct(StringComparer.Ordinal).ToList();
            if (theirs.Count != unit.Count()) continue;
            var lost = unit.Where(v => !theirs.Contains(v)).ToList();
            var added = theirs.Where(v => !unit.Contains(v)).ToList();
            if (lost.Any(l => added.Any(a => Comparable(l, a)))) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether two values of one unit can be the same quantity stated differently: at most twice
    /// the other (40ms and 48ms, 50mm and 70mm, 1W and 2W). A value several times the other is
    /// another quantity (a 4.4mm plug beside a 60mm driver, "10Hz deeper" for 40Hz against 50Hz).
    /// </summary>
    private static bool Comparable(string a, string b) =>
        NumberText.Parse(a.AsSpan(0, a.Length - UnitOf(a).Length)) is { } x && NumberText.Parse(b.AsSpan(0, b.Length - UnitOf(b).Length)) is { } y
        && x > 0 && y > 0 && Math.Max(x, y) <= 2 * Math.Min(x, y);

    /// <summary>Whether <paramref name="have"/> holds every value of <paramref name="wanted"/>: most sections, whose figures then need no closer look.</summary>
    private static bool HasAll(IReadOnlyList<Fact> have, IReadOnlyList<Fact> wanted)
    {
        if (wanted.Count == 0) return true;
        var values = new Values(have);
        foreach (var f in wanted)
        {
            if (!values.Contains(f.Value)) return false;
        }
        return true;
    }

    /// <summary>Without a reference list on both sides, markers compare by number and URLs as written.</summary>
    private static void CompareAsWritten(DocumentPair pair, string key, SectionFacts s, SectionFacts t, int headingOffset, ICollection<Diagnostic> findings)
    {
        var (translation, sourceLocale) = (pair.Translation, pair.Source.Locale);
        if (Lost(s.Markers, t.Markers, static _ => "", false, out var markerAt))
        {
            findings.Add(Findings.Sections.FactMismatch(translation, key, FactKind.ReferenceMarker, sourceLocale,
                Show(s.Markers, "[{0}]"), Show(t.Markers, "[{0}]"), markerAt ?? headingOffset));
        }
        if (Lost(s.Urls, t.Urls, static _ => "", false, out var urlAt))
        {
            findings.Add(Findings.Sections.FactMismatch(translation, key, FactKind.Url, sourceLocale,
                Show(Except(s.Urls, t.Urls), "{0}"), Show(Except(t.Urls, s.Urls), "{0}"), urlAt ?? headingOffset));
        }
    }

    /// <summary>The measurements that are claims: not the notes of a reference entry, no percentage where the section states prices.</summary>
    private static IReadOnlyList<Fact> Measured(IReadOnlyList<Fact> figures, ReferenceList references, string text, Section section)
    {
        if (figures.Count == 0) return figures;
        var percent = false;
        foreach (var f in figures) percent |= f.Value.EndsWith('%');
        var prices = percent && PriceText.Mentions(section.ContentOf(text));
        var entries = references.HasEntryIn(section.ContentStart, section.ContentEnd);
        if (!prices && !entries) return figures;
        List<Fact>? kept = null;
        for (var i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            var drop = prices && f.Value.EndsWith('%') || entries && references.IsInEntry(f.Offset);
            if (drop && kept is null)
            {
                kept = new List<Fact>(figures.Count);
                for (var j = 0; j < i; j++) kept.Add(figures[j]);
            }
            else if (!drop) kept?.Add(f);
        }
        return kept ?? figures;
    }

    /// <summary>
    /// Both lists without the figures that are one value written to another precision: <c>6.35mm</c>
    /// and <c>6.3mm</c>, <c>11.2896MHz</c> and <c>11.2MHz</c> (the longer rounded or cut to the
    /// shorter's decimals).
    /// </summary>
    private static (IReadOnlyList<Fact>, IReadOnlyList<Fact>) WithoutRoundedPairs(IReadOnlyList<Fact> source, IReadOnlyList<Fact> translation)
    {
        if (source.Count == 0 || translation.Count == 0) return (source, translation);
        HashSet<string>? rounded = null;
        var (inSource, inTranslation) = (new Values(source), new Values(translation));
        foreach (var a in source)
        {
            if (inTranslation.Contains(a.Value)) continue;
            foreach (var b in translation)
            {
                if (!inSource.Contains(b.Value) && MeasuredValue.SameToPrecision(a.Value, b.Value)) (rounded ??= new(StringComparer.Ordinal)).UnionWith([a.Value, b.Value]);
            }
        }
        if (rounded is null) return (source, translation);
        return (source.Where(f => !rounded.Contains(f.Value)).ToList(), translation.Where(f => !rounded.Contains(f.Value)).ToList());
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
    private static (List<Citation> Source, List<Citation> Translation, int? At)? CitationMismatch(List<Citation> cited, List<Citation> translated, string locale,
        IReadOnlySet<(string, string)> aliases)
    {
        if (translated.Count == 0) return (cited, translated, null);
        var missing = cited.Where(c => !c.IsCitedBy(translated, aliases)).ToList();
        if (missing.Count == 0) return null;
        // A source the translation cites that the source section does not: in place of a missing one
        // (a shop for a shop is a local price source, not a replacement).
        var instead = translated.Where(t => !t.IsCitedBy(cited, aliases) && !IsLocal(t, locale) && missing.Any(m => !(m.IsPriceSource && t.IsPriceSource))).ToList();
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

    /// <summary>
    /// Whether a fact of the source is missing from the translation. <paramref name="at"/> is the
    /// translation's first fact that the source lacks in the same group (the likely replacement),
    /// if there is one; with <paramref name="requireReplacement"/> a loss counts only then.
    /// Loops rather than LINQ here and below: generic code over <see cref="Fact"/>, a struct, is
    /// compiled at run time, not ahead.
    /// </summary>
    private static bool Lost(IReadOnlyList<Fact> source, IReadOnlyList<Fact> translation, Func<string, string> group, bool requireReplacement, out int? at)
    {
        at = null;
        if (source.Count == 0) return false;
        var have = new Values(translation);
        List<string>? lostGroups = null;
        for (var i = 0; i < source.Count; i++)
        {
            if (have.Contains(source[i].Value)) continue;
            var lost = group(source[i].Value);
            lostGroups ??= [];
            if (!lostGroups.Contains(lost)) lostGroups.Add(lost);
        }
        if (lostGroups is null) return false;
        var known = new Values(source);
        for (var i = 0; i < translation.Count; i++)
        {
            var f = translation[i];
            if (!known.Contains(f.Value) && lostGroups.Contains(group(f.Value)))
            {
                at = f.Offset;
                return true;
            }
        }
        return !requireReplacement;
    }

    /// <summary>
    /// The values of a section's facts of one kind, to look up. A section has a handful: they are
    /// searched in place, and put in a set only when there are many (this runs for every kind of
    /// every section of every pair, and a set for each was a fifth of what the check allocated).
    /// </summary>
    private readonly struct Values(IReadOnlyList<Fact> facts)
    {
        private const int SearchedInPlace = 16;

        private readonly HashSet<string>? _set = facts.Count > SearchedInPlace ? ValueSet(facts) : null;

        public bool Contains(string value)
        {
            if (_set is not null) return _set.Contains(value);
            for (var i = 0; i < facts.Count; i++)
            {
                if (string.Equals(facts[i].Value, value, StringComparison.Ordinal)) return true;
            }
            return false;
        }
    }

    private static HashSet<string> ValueSet(IReadOnlyList<Fact> facts)
    {
        var values = new HashSet<string>(facts.Count, StringComparer.Ordinal);
        for (var i = 0; i < facts.Count; i++) values.Add(facts[i].Value);
        return values;
    }

    /// <summary>The unit of a measurement value such as <c>20kHz</c>: everything after the number.</summary>
    private static string UnitOf(string value)
    {
        var i = 0;
        while (i < value.Length && (char.IsAsciiDigit(value[i]) || value[i] is '.' or '-')) i++;
        return value[i..];
    }

    /// <summary>The values of <paramref name="facts"/> that <paramref name="other"/> lacks, each once, in text order.</summary>
    private static List<string> Except(IReadOnlyList<Fact> facts, IReadOnlyList<Fact> other) => Unique(facts, ValueSet(other));

    private static List<string> Unique(IReadOnlyList<Fact> facts, HashSet<string> seen)
    {
        var values = new List<string>();
        for (var i = 0; i < facts.Count; i++)
        {
            if (seen.Add(facts[i].Value)) values.Add(facts[i].Value);
        }
        return values;
    }

    private static string Show(IReadOnlyList<Fact> facts, string format) => Show(Unique(facts, new HashSet<string>(StringComparer.Ordinal)), format);

    /// <summary>Distinct values, shortest first, as the finding shows them.</summary>
    private static string Show(List<string> values, string format)
    {
        if (values.Count == 0) return "(none)";
        var shown = values.OrderBy(v => v.Length).ThenBy(v => v, StringComparer.Ordinal).Select(v => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, v));
        var text = string.Join(" ", shown);
        return text.Length <= 200 ? text : text[..199] + "…";
    }
}
