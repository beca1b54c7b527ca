using ReviewI18n.Content;
using ReviewI18n.Sections;

namespace ReviewI18n.Drift;

/// <summary>
/// One source section as drift sees it: a stable key, unique in its document (the glossary key,
/// with <c>#2</c>, <c>#3</c> for a key that repeats), the section, and the hash of its normalized text, worked out when
/// first asked for: reading history compares most sections of older versions by their raw text
/// (<see cref="SameText"/>), which needs no normalizing.
/// </summary>
public sealed record DriftSection(string Key, KeyedSection Keyed, string DocumentText)
{
    private string? _hash;

    public string Hash => _hash ??= SectionText.Hash(Content);

    /// <summary>The section's text below its heading, in the document it was read from.</summary>
    public ReadOnlySpan<char> Content => Keyed.Section.ContentOf(DocumentText);

    /// <summary>Whether two versions of a section have the same normalized text: equal raw text, or else equal hashes.</summary>
    public bool SameText(DriftSection other) => Content.SequenceEqual(other.Content) || Hash == other.Hash;

    /// <summary>The drift sections of a document (the Analyze stage keeps those of the site's documents).</summary>
    public static IReadOnlyList<DriftSection> Of(ReviewDocument document, SectionKeyResolver keys) => Of(document, keys.KeysOf(document));

    /// <summary>The drift sections of a document whose sections are already keyed.</summary>
    public static IReadOnlyList<DriftSection> Of(ReviewDocument document, IReadOnlyList<KeyedSection> keyed)
    {
        var result = new List<DriftSection>(keyed.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var k in keyed)
        {
            // The next number of this key that is free: a heading may itself read like a numbered
            // repeat ("Notes", "Notes", "Notes#2"), and keys stay unique.
            var n = seen.GetValueOrDefault(k.Key);
            string key;
            do
            {
                n++;
                key = n == 1 ? k.Key : $"{k.Key}#{n}";
            }
            while (!used.Add(key));
            seen[k.Key] = n;
            result.Add(new DriftSection(key, k, document.Text));
        }
        return result;
    }

    /// <summary>
    /// An older version's sections with the keys of <paramref name="current"/>'s where a heading
    /// was renamed since: an old section whose heading the glossary does not know, and whose key
    /// the current version lacks, takes the key of the current section at its position when the
    /// old version lacks that one. So "Design Philosophy Rationality" renamed to "Rationality of
    /// Design Philosophy" is the same section, not one removed and one added.
    /// </summary>
    public static IReadOnlyList<DriftSection> Realigned(IReadOnlyList<DriftSection> old, IReadOnlyList<DriftSection> current)
    {
        var currentKeys = current.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        var oldKeys = old.Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        if (oldKeys.SetEquals(currentKeys)) return old;
        var result = old.ToList();
        for (var i = 0; i < result.Count && i < current.Count; i++)
        {
            var (was, now) = (result[i], current[i]);
            if (was.Keyed.IsKnown || currentKeys.Contains(was.Key) || oldKeys.Contains(now.Key)) continue;
            result[i] = was with { Key = now.Key };
            oldKeys.Add(now.Key);
        }
        return result;
    }

    /// <summary>The hashes by key, as the baseline store records them.</summary>
    public static Dictionary<string, string> Hashes(IEnumerable<DriftSection> sections) =>
        sections.ToDictionary(s => s.Key, s => s.Hash, StringComparer.Ordinal);
}
