using ReviewI18n.Analysis;
using ReviewI18n.Checks.Sections;
using ReviewI18n.Diagnostics;
using ReviewI18n.Facts;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Checks.Facts;

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
public sealed partial class FactMismatchCheck(ReviewI18n.Glossary.SanctionedValues sanctioned, ReviewI18n.Glossary.SourceGlossary sources) : IPairCheck
{
    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.FactMismatch, Diagnostics.Rules.FigureMismatch];

    public Analyses Reads => Analyses.References | Analyses.Facts;

    public void Check(DocumentPair pair, SiteAnalysis analysis, ICollection<Diagnostic> findings)
    {
        if (!SectionPairs.CanCompare(pair)) return;
        var translation = pair.Translation;
        var sourceLocale = pair.Source.Locale;
        var (source, translated) = (analysis.Of(pair.Source), analysis.Of(translation));
        var (sourceRefs, translationRefs) = (source.References, translated.References);
        foreach (var aligned in analysis.Of(pair).Alignment.Matched)
        {
            var s = source.Facts(aligned.Source!.Index);
            var t = translated.Facts(aligned.Translation!.Index);
            var headingOffset = translation.Lines.LineStart(aligned.Translation.Section.HeadingLine);
            var key = aligned.Key;

            if (s.Score?.Value != t.Score?.Value)
            {
                findings.Add(Findings.Facts.FactMismatch(translation, key, FactKind.Score, sourceLocale,
                    s.Score?.Value ?? "(none)", t.Score?.Value ?? "(none)", t.Score?.Offset ?? headingOffset));
            }
            if (sourceRefs.IsEmpty || translationRefs.IsEmpty)
            {
                // Local shops and prices cannot be told apart without the reference lists.
                if (!aligned.IsLocalized) CompareAsWritten(pair, key, s, t, headingOffset, findings);
            }
            else if (!CitedAlike(s, t, sourceRefs, translationRefs) && !CitesUnknown(t, translationRefs) && Cited(s, sourceRefs, pair.Source.Text) is { Count: > 0 } cited
                && CitationMismatch(cited, Cited(t, translationRefs, null), pair.Locale, BrandAliases(pair)) is { } mismatch)
            {
                findings.Add(Findings.Facts.FactMismatch(translation, key, FactKind.Citation, sourceLocale,
                    ShowCitations(mismatch.Source), ShowCitations(mismatch.Translation), mismatch.At ?? CitedAt([], t) ?? headingOffset));
            }
            if (!HasAll(t.Measurements, s.Measurements))
            {
                var sourceFigures = Measured(s.Measurements, sourceRefs, pair.Source.Text, aligned.Source.Section);
                var translationFigures = Measured(t.Measurements, translationRefs, translation.Text, aligned.Translation.Section);
                (sourceFigures, translationFigures) = WithoutRoundedPairs(sourceFigures, translationFigures);
                if (Lost(sourceFigures, translationFigures, UnitOf, true, out var measureAt) && ReplacedOneForOne(sourceFigures, translationFigures))
                {
                    findings.Add(Findings.Facts.FactMismatch(translation, key, FactKind.Measurement, sourceLocale,
                        Show(Except(sourceFigures, translationFigures), "{0}"), Show(Except(translationFigures, sourceFigures), "{0}"), measureAt ?? headingOffset));
                }
            }
        }
    }

    /// <summary>
    /// Whether a fact of the source is missing from the translation. <paramref name="at"/> is the
    /// translation's first fact that the source lacks in the same group (the likely replacement),
    /// if there is one; with <paramref name="requireReplacement"/> a loss counts only then.
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
