using ReviewI18n.Diagnostics;
using ReviewI18n.Facts;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Checks.Facts;

/// <summary>figure-mismatch: which measured values two sections give, and when one was changed.</summary>
public sealed partial class FactMismatchCheck
{
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
}
