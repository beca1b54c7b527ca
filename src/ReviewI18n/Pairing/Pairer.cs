using ReviewI18n.Configuration;
using ReviewI18n.Content;

namespace ReviewI18n.Pairing;

/// <summary>The Pair stage: groups documents by collection, locale and ref.</summary>
public static class Pairer
{
    public static SiteModel Pair(PipelineConfig config, IReadOnlyList<ReviewDocument> documents)
    {
        var ordered = documents.OrderBy(d => d.RelativePath, StringComparer.Ordinal).ToList();
        var index = new Dictionary<(string, string, string), ReviewDocument>(ordered.Count);
        var groups = new Dictionary<(string, string, string), List<ReviewDocument>>();
        foreach (var doc in ordered)
        {
            var key = (doc.Collection.Name, doc.Locale, doc.Key);
            if (index.TryAdd(key, doc)) continue;
            if (!groups.TryGetValue(key, out var group)) groups[key] = group = [index[key]];
            group.Add(doc);
        }

        var pairs = new List<DocumentPair>();
        var missing = new List<MissingTranslation>();
        foreach (var source in ordered.Where(d => d.Locale == config.SourceLocale))
        {
            if (index[(source.Collection.Name, source.Locale, source.Key)] != source) continue; // a duplicate: paired once
            foreach (var locale in config.TargetLocales)
            {
                if (index.TryGetValue((source.Collection.Name, locale, source.Key), out var translation))
                {
                    pairs.Add(new DocumentPair(source, translation));
                }
                else
                {
                    missing.Add(new MissingTranslation(source, locale));
                }
            }
        }

        var orphans = ordered
            .Where(d => d.Locale != config.SourceLocale
                        && index[(d.Collection.Name, d.Locale, d.Key)] == d
                        && !index.ContainsKey((d.Collection.Name, config.SourceLocale, d.Key)))
            .ToList();

        return new SiteModel(config, ordered, pairs, missing, orphans, [.. groups.Values], index);
    }
}
