using System.Globalization;
using System.Text;

namespace ReviewI18n.Fuzz;

/// <summary>A source review and its translation, as bytes, to be mutated.</summary>
public sealed record SeedPair(string Name, byte[] Source, byte[] Translation);

/// <summary>The documents the fuzzer starts from: pairs of a real site, and generated ones.</summary>
public static class FuzzSeeds
{
    /// <summary>Up to <paramref name="limit"/> pairs of a site: a file under an <c>en</c> folder and its twin under <c>ja</c>.</summary>
    public static List<SeedPair> FromSite(string root, int limit, Random random)
    {
        var sources = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(p => p.Contains($"{Path.DirectorySeparatorChar}en{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        var pairs = new List<SeedPair>();
        foreach (var source in sources.OrderBy(_ => random.Next()).Take(limit))
        {
            var twin = source.Replace($"{Path.DirectorySeparatorChar}en{Path.DirectorySeparatorChar}", $"{Path.DirectorySeparatorChar}ja{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
            if (!File.Exists(twin)) continue;
            pairs.Add(new SeedPair(Path.GetFileNameWithoutExtension(source), File.ReadAllBytes(source), File.ReadAllBytes(twin)));
        }
        return pairs;
    }

    /// <summary>A well-formed pair with every field the real site uses and a few sections.</summary>
    public static SeedPair Generated(Random random, int index)
    {
        var name = $"gen-{index}";
        var rating = (random.Next(10, 50) / 10.0).ToString("0.0", CultureInfo.InvariantCulture);
        var date = $"2025-{1 + random.Next(12):00}-{1 + random.Next(28):00}";
        string Doc(string locale, string title, string[] headings, string prose)
        {
            var text = new StringBuilder()
                .Append("---\nlayout: product\n")
                .Append($"title: \"{title} {index}\"\n")
                .Append($"target_name: Gen {index}\ncompany_id: acme\nlang: {locale}\nref: {name}\ndate: {date}\n")
                .Append($"rating: [{rating}, 0.6, 0.7]\nsummary: {title}\ntags: [Headphones, {locale}]\n")
                .Append($"permalink: /products/{locale}/{name}/\n---\n");
            foreach (var heading in headings)
            {
                text.Append("## ").Append(heading).Append("\n\n").Append(prose).Append(' ').Append(random.Next(1000)).Append(" Hz.\n\n");
            }
            return text.ToString();
        }
        return new SeedPair(name,
            Encoding.UTF8.GetBytes(Doc("en", "A review", ["Overview", "Sound", "References"], "Text with a score of 4.5 and https://example.com/x [^1].")),
            Encoding.UTF8.GetBytes(Doc("ja", "レビュー", ["概要", "音質", "参考情報"], "本文です。スコア 4.5、https://example.com/x [^1]。")));
    }
}
