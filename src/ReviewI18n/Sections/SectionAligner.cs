using System.Runtime.CompilerServices;
using ReviewI18n.Pairing;

namespace ReviewI18n.Sections;

/// <summary>
/// Decides which source section matches which translation section. Sections whose headings the
/// glossary knows match by key (the n-th occurrence of a key with the n-th). Sections with an
/// unknown heading then match by position within the gap between their nearest matched
/// neighbours, so one missing section does not shift every later pair. Used by the section
/// checks, drift and the reports; computed once per pair.
/// </summary>
public sealed class SectionAligner(SectionKeyResolver keys)
{
    private readonly ConditionalWeakTable<DocumentPair, SectionAlignment> _cache = new();

    public SectionKeyResolver Keys => keys;

    public SectionAlignment Align(DocumentPair pair) => _cache.GetValue(pair, p => Align(keys.KeysOf(p.Source), keys.KeysOf(p.Translation)));

    public static SectionAlignment Align(IReadOnlyList<KeyedSection> source, IReadOnlyList<KeyedSection> translation)
    {
        var sourceMatch = new int[source.Count];
        var translationMatch = new int[translation.Count];
        Array.Fill(sourceMatch, -1);
        Array.Fill(translationMatch, -1);
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

    private static void MatchByKey(IReadOnlyList<KeyedSection> source, IReadOnlyList<KeyedSection> translation, int[] sourceMatch, int[] translationMatch)
    {
        var pending = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var j = 0; j < translation.Count; j++)
        {
            if (!translation[j].IsKnown) continue;
            if (!pending.TryGetValue(translation[j].Key, out var queue)) pending[translation[j].Key] = queue = new Queue<int>();
            queue.Enqueue(j);
        }
        for (var i = 0; i < source.Count; i++)
        {
            if (source[i].IsKnown && pending.TryGetValue(source[i].Key, out var queue) && queue.TryDequeue(out var j))
            {
                sourceMatch[i] = j;
                translationMatch[j] = i;
            }
        }
    }

    /// <summary>
    /// Pairs unmatched sections between consecutive in-order anchors (matched pairs), in order,
    /// when at least one of the two headings is unknown: two known headings with different keys
    /// are different sections, whatever their position.
    /// </summary>
    private static void MatchByPosition(IReadOnlyList<KeyedSection> source, IReadOnlyList<KeyedSection> translation,
        int[] sourceMatch, int[] translationMatch, bool[] byPosition)
    {
        var anchors = new List<(int S, int T)> { (-1, -1) };
        for (var j = 0; j < translation.Count; j++)
        {
            var i = translationMatch[j];
            if (i >= 0 && i > anchors[^1].S) anchors.Add((i, j));
        }
        anchors.Add((source.Count, translation.Count));
        for (var a = 0; a + 1 < anchors.Count; a++)
        {
            var i = anchors[a].S + 1;
            var j = anchors[a].T + 1;
            while (true)
            {
                while (i < anchors[a + 1].S && sourceMatch[i] >= 0) i++;
                while (j < anchors[a + 1].T && translationMatch[j] >= 0) j++;
                if (i >= anchors[a + 1].S || j >= anchors[a + 1].T) break;
                if (!source[i].IsKnown || !translation[j].IsKnown)
                {
                    sourceMatch[i] = j;
                    translationMatch[j] = i;
                    byPosition[i] = true;
                    i++;
                    j++;
                }
                else if (!KnownIn(translation, source[i].Key))
                {
                    i++; // the source section is missing here; its known neighbour may still pair
                }
                else
                {
                    j++;
                }
            }
        }
    }

    private static bool KnownIn(IReadOnlyList<KeyedSection> sections, string key)
    {
        foreach (var s in sections)
        {
            if (s.IsKnown && s.Key == key) return true;
        }
        return false;
    }
}
