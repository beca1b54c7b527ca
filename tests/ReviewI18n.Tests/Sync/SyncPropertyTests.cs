using System.Text;
using ReviewI18n.Content;
using ReviewI18n.Sync;
using ReviewI18n.Tests.Testing;

namespace ReviewI18n.Tests.Sync;

/// <summary>
/// Many generated pairs (seeded, so a failure reproduces): after <c>sync --write</c> exactly the
/// keys whose meaning differed from the source changed, every other byte of each file is equal,
/// and a second run plans nothing.
/// </summary>
public sealed class SyncPropertyTests
{
    private const int Pairs = 250;

    [Theory]
    [InlineData(20251121)]
    [InlineData(7)]
    public async Task Write_changes_only_planned_keys_and_a_second_run_plans_nothing(int seed)
    {
        var gen = new GeneratedFrontMatter(new Random(seed));
        using var site = new TempSite();
        var translations = new List<(string Path, string Old, Dictionary<string, object> Source)>();
        for (var i = 0; i < Pairs; i++)
        {
            var reference = $"p{i}";
            var source = GeneratedFrontMatter.Shared.Where(_ => !gen.Chance(8)).Select(k => (Key: k, Value: k == "ref" ? reference : gen.Value(k))).ToList();
            if (!source.Any(f => f.Key == "ref")) source.Insert(0, ("ref", reference));
            var translation = source
                .Where(f => f.Key == "ref" || !gen.Chance(6))
                .Select(f => (f.Key, Value: f.Key != "ref" && gen.Chance(3) ? gen.Value(f.Key) : f.Value))
                .OrderBy(_ => gen.Chance(5) ? gen.Next(10) : 0)
                .ToList();
            var newline = gen.Chance(4) ? "\r\n" : "\n";
            site.Write($"content/en/products/acme/{reference}.md", gen.File(source, "\n", bom: false, finalNewline: true));
            var path = $"content/ja/products/acme/{reference}.md";
            var text = gen.File(translation, newline, bom: gen.Chance(5), finalNewline: !gen.Chance(5));
            site.Write(path, text);
            translations.Add((path, text, source.ToDictionary(f => f.Key, f => f.Value)));
        }

        var write = await site.RunAsync("sync", "--write");
        Assert.True(write.ExitCode == 0, write.ToString());

        foreach (var (path, oldText, source) in translations)
        {
            var newBytes = File.ReadAllBytes(site.PathOf(path));
            AssertOnlyPlannedKeysChanged(path, Encoding.UTF8.GetBytes(oldText), newBytes, source);
        }

        var again = await site.RunAsync("sync", "--check");
        Assert.True(again.ExitCode == 0, again.ToString());
    }

    private static void AssertOnlyPlannedKeysChanged(string path, byte[] oldBytes, byte[] newBytes, Dictionary<string, object> source)
    {
        var old = Parse(oldBytes);
        var now = Parse(newBytes);
        Assert.Equal(old.Decoded.HasBom, now.Decoded.HasBom);
        var oldFm = old.FrontMatter!;
        var newFm = now.FrontMatter!;
        // The body, byte for byte.
        Assert.Equal(old.Text[oldFm.Block.BodyStart..], now.Text[newFm.Block.BodyStart..]);

        var sourceDoc = Parse(Encoding.UTF8.GetBytes(new GeneratedFrontMatter(new Random(0)).File(
            source.Select(p => (p.Key, p.Value)).ToList(), "\n", false, true)));
        var planned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in GeneratedFrontMatter.Shared)
        {
            if (sourceDoc.FrontMatter![key] is not { } s) continue;
            var sv = SharedValue.From(s.Value);
            var tv = oldFm[key] is { } t ? SharedValue.From(t.Value) : null;
            if (tv is not null && (tv.SameAs(sv) || IsLocalName(sv.Text, tv.Text))) continue;
            planned.Add(key);
            Assert.True(newFm[key] is { } after && SharedValue.From(after.Value).SameAs(sv), $"{path}: {key} should now be {sv.Display}");
        }

        // Every line outside the planned keys survives byte for byte (line ending included) and in
        // order; every line that is new belongs to a planned key.
        var oldLines = LinesOutside(old, planned);
        var newLines = Lines(now.Text);
        var newPlannedLines = PlannedLines(now, planned);
        var j = 0;
        for (var i = 0; i < newLines.Count; i++)
        {
            if (j < oldLines.Count && newLines[i] == oldLines[j]) j++;
            else Assert.True(newPlannedLines.Contains(i + 1), $"{path}: line {i + 1} is new but no planned key owns it:\n{now.Text}");
        }
        Assert.True(j == oldLines.Count, $"{path}: line '{(j < oldLines.Count ? oldLines[j] : "")}' was lost:\n{now.Text}");
        Assert.Equal(oldFm.Fields.Count + planned.Count(k => oldFm[k] is null), newFm.Fields.Count);
        Assert.Equal(CountOf(old.Text, "\r\n") > 0, CountOf(now.Text, "\r\n") > 0);
        Assert.Equal(CountOf(old.Text, "\n") - CountOf(old.Text, "\r\n") > 0, CountOf(now.Text, "\n") - CountOf(now.Text, "\r\n") > 0);
        if (planned.Count == 0) Assert.Equal(oldBytes, newBytes);
    }

    /// <summary>The lines of a text, each with its line ending.</summary>
    private static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..end]);
            start = end;
        }
        return lines;
    }

    /// <summary>1-based lines from a planned key's line to the line its value ends on.</summary>
    private static HashSet<int> PlannedLines(ReviewDocument doc, HashSet<string> planned)
    {
        var lines = new HashSet<int>();
        foreach (var field in doc.FrontMatter!.Fields.Where(f => planned.Contains(f.Key)))
        {
            var last = doc.Lines.PositionOf(Math.Max(field.ValueEnd - 1, field.ValueStart)).Line;
            for (var l = field.Line; l <= Math.Max(last, field.Line); l++) lines.Add(l);
        }
        return lines;
    }

    private static List<string> LinesOutside(ReviewDocument doc, HashSet<string> planned)
    {
        var owned = PlannedLines(doc, planned);
        return Lines(doc.Text).Where((_, i) => !owned.Contains(i + 1)).ToList();
    }

    private static bool IsLocalName(string? source, string? translation) =>
        source is not null && translation is not null && HasKanaOrKanji(translation) && !HasKanaOrKanji(source);

    private static bool HasKanaOrKanji(string s) => s.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF');

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    private static ReviewDocument Parse(byte[] bytes) =>
        DocumentReader.Read(bytes, "/x.md", "x.md", new ReviewI18n.Configuration.CollectionConfig("products", "content/{locale}/products", null), "ja");
}
