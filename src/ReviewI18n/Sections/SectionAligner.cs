using ReviewI18n.Content;
using ReviewI18n.Pairing;

namespace ReviewI18n.Sections;

/// <summary>
/// Decides which source section matches which translation section. Sections whose headings the
/// glossary knows match by key (the n-th occurrence of a key with the n-th). Sections with an
/// unknown heading then match by position within the gap between their nearest matched
/// neighbours, so one missing section does not shift every later pair. The Analyze stage aligns
/// every pair once; the section checks, drift and the reports read its result.
/// </summary>
public sealed class SectionAligner(SectionKeyResolver keys)
{
    /// <summary>The pair's alignment, computed now (the Analyze stage keeps those of the site's pairs).</summary>
    public SectionAlignment Align(DocumentPair pair) => Align(keys.KeysOf(pair.Source), keys.KeysOf(pair.Translation));

    public static SectionAlignment Align(IReadOnlyList<KeyedSection> source, IReadOnlyList<KeyedSection> translation)
    {
        var sourceMatch = Unmatched(source.Count);
        var translationMatch = Unmatched(translation.Count);
        var byPosition = new bool[source.Count];

        MatchByKey(source, translation, sourceMatch, translationMatch);
        MatchByPosition(source, translation, sourceMatch, translationMatch, byPosition);

        var result = new List<AlignedSection>(Math.Max(source.Count, translation.Count));
        for (var i = 0; i < source.Count; i++)
        {
            var s = source[i];
            var t = sourceMatch[i] >= 0 ? translation[sourceMatch[i]] : null;
            var key = s.IsKnown ? s.Key : t is { IsKnown: true } ? t.Key : s.Key;
            result.Add(new AlignedSection(key, s, t, byPosition[i]));
        }
        for (var j = 0; j < translation.Count; j++)
        {
            if (translationMatch[j] < 0) result.Add(new AlignedSection(translation[j].Key, null, translation[j], false));
        }
        return new SectionAlignment(result);
    }

    /// <summary>
    /// Each known source section, in order, takes the first translation section not yet taken
    /// with its key: the n-th occurrence of a key matches the n-th. A review has a dozen
    /// sections, so a scan costs less than a table of keys built for every pair.
    /// </summary>
    private static void MatchByKey(IReadOnlyList<KeyedSection> source, IReadOnlyList<KeyedSection> translation, int[] sourceMatch, int[] translationMatch)
    {
        for (var i = 0; i < source.Count; i++)
        {
            if (!source[i].IsKnown) continue;
            var key = source[i].Key;
            for (var j = 0; j < translation.Count; j++)
            {
                if (translationMatch[j] >= 0 || !translation[j].IsKnown || !string.Equals(translation[j].Key, key, StringComparison.Ordinal)) continue;
                sourceMatch[i] = j;
                translationMatch[j] = i;
                break;
            }
        }
    }

    /// <summary>
    /// Pairs unmatched sections between consecutive in-order anchors (matched pairs). Within one
    /// gap, unknown headings pair with unknown headings first, in order; what is left pairs in
    /// order only when both sides have the same number left (an unknown heading that is a variant
    /// of a known one). Two known headings with different keys are different sections.
    /// </summary>
    private static void MatchByPosition(IReadOnlyList<KeyedSection> source, IReadOnlyList<KeyedSection> translation,
        int[] sourceMatch, int[] translationMatch, bool[] byPosition)
    {
        // Most pairs match wholly by key: nothing is left to pair on one side or the other.
        if (AllMatched(sourceMatch) || AllMatched(translationMatch)) return;
        var anchors = new List<(int S, int T)> { (-1, -1) };
        for (var j = 0; j < translation.Count; j++)
        {
            var i = translationMatch[j];
            if (i >= 0 && i > anchors[^1].S) anchors.Add((i, j));
        }
        anchors.Add((source.Count, translation.Count));
        for (var a = 0; a + 1 < anchors.Count; a++)
        {
            var s = Unmatched(sourceMatch, anchors[a].S + 1, anchors[a + 1].S);
            var t = Unmatched(translationMatch, anchors[a].T + 1, anchors[a + 1].T);
            if (s.Count == 0 || t.Count == 0) continue;
            var unknownS = s.Where(i => !source[i].IsKnown).ToList();
            var unknownT = t.Where(j => !translation[j].IsKnown).ToList();
            for (var k = 0; k < Math.Min(unknownS.Count, unknownT.Count); k++) Pair(unknownS[k], unknownT[k]);
            s.RemoveAll(i => sourceMatch[i] >= 0);
            t.RemoveAll(j => translationMatch[j] >= 0);
            if (s.Count != t.Count) continue;
            for (var k = 0; k < s.Count; k++)
            {
                if (!source[s[k]].IsKnown || !translation[t[k]].IsKnown) Pair(s[k], t[k]);
            }
        }

        void Pair(int i, int j)
        {
            sourceMatch[i] = j;
            translationMatch[j] = i;
            byPosition[i] = true;
        }
    }

    /// <summary>-1 for each of <paramref name="count"/> sections.</summary>
    private static int[] Unmatched(int count)
    {
        var match = new int[count];
        Array.Fill(match, -1);
        return match;
    }

    private static bool AllMatched(int[] match)
    {
        foreach (var m in match)
        {
            if (m < 0) return false;
        }
        return true;
    }

    private static List<int> Unmatched(int[] match, int from, int to)
    {
        var list = new List<int>();
        for (var i = from; i < to; i++)
        {
            if (match[i] < 0) list.Add(i);
        }
        return list;
    }
}
