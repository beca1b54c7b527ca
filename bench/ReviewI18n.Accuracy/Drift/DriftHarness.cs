using System.Text;
using ReviewI18n.Accuracy.Sections;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.Drift;
using ReviewI18n.Baselines;
using ReviewI18n.Glossary;
using ReviewI18n.Sections;

namespace ReviewI18n.Accuracy.Drift;

/// <summary>
/// <c>drift</c>: copies the site, records a fresh baseline (<c>baseline init</c>), then edits
/// some English sections in ways that need translation (a measured figure changed, a sentence
/// added) and others in ways that do not (a paragraph re-wrapped and re-spaced, a word put in
/// bold, a dollar price converted to yen), and checks that <c>stale-section</c> names exactly the
/// first kind (on the Japanese side) and none of the second. The copy is committed to git first,
/// so drift reads the old text from history as it does on a user's clone.
/// </summary>
public static partial class DriftHarness
{
    private enum Kind
    {
        Figure,
        Sentence,
        Rewrap,
        Bold,
        PriceConversion,
    }

    /// <summary>Kinds of edit that give a translator work: the only ones stale-section may report.</summary>
    private static bool NeedsWork(Kind kind) => kind is Kind.Figure or Kind.Sentence;

    /// <summary>A measured figure with its unit, not part of a model name or a price.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w.,$¥/-])(\d+(?:\.\d+)?) ?(?:mm|Hz|kHz|dB|Ω|mW|mAh|ms|kg|g)(?![\w])")]
    private static partial System.Text.RegularExpressions.Regex MeasuredFigure();

    /// <summary>A price in dollars: "199 USD", "1,299 USD".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w.,$])(\d{1,3}(?:,\d{3})*|\d+) USD\b")]
    private static partial System.Text.RegularExpressions.Regex DollarPrice();

    /// <summary>A word of five letters or more, outside markup.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\s)[A-Za-z]{5,}(?=\s)")]
    private static partial System.Text.RegularExpressions.Regex PlainWord();

    public static async Task<int> RunAsync(string[] args)
    {
        if (SectionsOptions.Parse(args) is not { } options)
        {
            Console.Error.WriteLine(SectionsOptions.Usage.Replace("sections", "drift", StringComparison.Ordinal));
            return 2;
        }
        var site = SectionsHarness.CopySite(options);
        Console.WriteLine($"site copy: {site}");
        // The copy as one commit: in git mode every translation's baseline is that commit, and the
        // old text of each edited section is known, so each edit is classified as users get it.
        foreach (var git in new[] { "init -q -b main", "add -A", "-c user.name=harness -c user.email=harness@localhost commit -q -m copy" })
        {
            if (Git(site, git) is not 0) return 3;
        }

        var keys = new SectionKeyResolver(GlossaryLoader.Load(Path.Combine(site, "glossary")));
        var random = new Random(options.Seed);
        var enFiles = Directory.EnumerateFiles(site, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Where(f => f.Contains("/en/", StringComparison.Ordinal) && File.Exists(Path.Combine(site, f.Replace("/en/", "/ja/", StringComparison.Ordinal))))
            .Order(StringComparer.Ordinal)
            .OrderBy(_ => random.Next())
            .ToList();

        var planted = new List<(Kind Kind, string File, string Section)>();
        var index = 0;
        foreach (var kind in Enum.GetValues<Kind>())
        {
            var done = 0;
            while (done < options.PerKind && index < enFiles.Count)
            {
                var file = enFiles[index++];
                if (Plant(site, file, kind, keys, random) is { } section)
                {
                    planted.Add((kind, file.Replace("/en/", "/ja/", StringComparison.Ordinal), section));
                    done++;
                }
            }
        }

        var (findings, elapsed) = await CheckRun.RunAsync(site, ["--rule", "stale-section"]);
        var stale = findings.Where(f => f.Rule == "stale-section").Select(f => (f.File, f.Section ?? "")).ToHashSet();
        Console.WriteLine($"planted {planted.Count} edits (seed {options.Seed}); check found {stale.Count} stale sections in {elapsed.TotalMilliseconds:F0} ms");
        var ok = true;
        foreach (var group in planted.GroupBy(p => p.Kind))
        {
            var hits = group.Count(p => stale.Contains((p.File, p.Section)));
            var expected = NeedsWork(group.Key) ? group.Count() : 0;
            Console.WriteLine($"  {group.Key,-9} planted {group.Count(),4}  reported stale {hits,4}  (expected {expected})");
            ok &= hits == expected;
        }
        var expectedStale = planted.Where(p => NeedsWork(p.Kind)).Select(p => (p.File, p.Section)).ToHashSet();
        foreach (var missed in expectedStale.Where(e => !stale.Contains(e)).Take(10)) Console.WriteLine($"    missed: {missed.File} [{missed.Section}]");
        var unexpected = stale.Where(s => !expectedStale.Contains(s)).ToList();
        Console.WriteLine($"  stale sections that were not edited: {unexpected.Count}");
        foreach (var u in unexpected.Take(10)) Console.WriteLine($"    {u.File} [{u.Item2}]");
        return ok && unexpected.Count == 0 ? 0 : 1;
    }

    /// <summary>Edits one section of the English file; returns its drift key, or null when the file has no suitable section.</summary>
    private static string? Plant(string site, string file, Kind kind, SectionKeyResolver keys, Random random)
    {
        var path = Path.Combine(site, file);
        var bytes = File.ReadAllBytes(path);
        var document = DocumentReader.Read(bytes, path, file, new CollectionConfig("x", "x/{locale}", null), "en");
        if (document.Decoded.InvalidBytes.Count > 0 || document.Decoded.HasBom) return null;
        var candidates = DriftSection.Of(document, keys).Where(s => Prose(document, s) is { } p && Suits(kind, p.Line)).ToList();
        if (candidates.Count == 0) return null;
        var section = candidates[random.Next(candidates.Count)];
        var (start, line) = Prose(document, section)!.Value;
        var text = document.Text;
        string edited;
        switch (kind)
        {
            case Kind.Figure:
                if (MeasuredFigure().Match(line) is not { Success: true } figure) return null;
                var digit = start + figure.Index;
                edited = text[..digit] + (char)('0' + (text[digit] - '0' + 1) % 10) + text[(digit + 1)..];
                break;
            case Kind.Bold:
                if (PlainWord().Match(line) is not { Success: true } word) return null;
                edited = text[..(start + word.Index)] + "**" + word.Value + "**" + text[(start + word.Index + word.Length)..];
                break;
            case Kind.PriceConversion:
                if (DollarPrice().Match(line) is not { Success: true } price) return null;
                var yen = decimal.Parse(price.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) * 150;
                var converted = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{yen:N0} JPY");
                edited = text[..(start + price.Index)] + converted + text[(start + price.Index + price.Length)..];
                break;
            case Kind.Sentence:
                var end = start + line.Length;
                edited = text[..end] + " This sentence was added later." + text[end..];
                break;
            default:
                // Re-wrap: break the line at a space and double another space.
                var spaces = Enumerable.Range(0, line.Length).Where(i => line[i] == ' ').ToList();
                if (spaces.Count < 2) return null;
                var chars = new StringBuilder(text);
                chars.Insert(start + spaces[^1], " ");
                chars[start + spaces[0]] = '\n';
                edited = chars.ToString();
                break;
        }
        File.WriteAllText(path, edited, new UTF8Encoding(false));
        return section.Key;
    }

    /// <summary>Whether the line has what the edit changes.</summary>
    private static bool Suits(Kind kind, string line) => kind switch
    {
        Kind.Figure => MeasuredFigure().IsMatch(line),
        Kind.PriceConversion => DollarPrice().IsMatch(line),
        Kind.Bold => PlainWord().IsMatch(line),
        _ => true,
    };

    /// <summary>A prose line of the section (not a heading, score line, list or table): its start offset and text.</summary>
    private static (int Start, string Line)? Prose(ReviewDocument document, DriftSection section)
    {
        var text = document.Text;
        var offset = section.Keyed.Section.ContentStart;
        while (offset < section.Keyed.Section.ContentEnd)
        {
            var nl = text.IndexOf('\n', offset);
            var end = nl < 0 || nl > section.Keyed.Section.ContentEnd ? section.Keyed.Section.ContentEnd : nl;
            var line = text[offset..end].TrimEnd('\r');
            if (line.Length > 40 && char.IsLetter(line[0]) && line.Contains(' ', StringComparison.Ordinal)) return (offset, line);
            offset = end + 1;
        }
        return null;
    }

    private static int Git(string site, string arguments)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", arguments) { WorkingDirectory = site })!;
        process.WaitForExit();
        if (process.ExitCode != 0) Console.Error.WriteLine($"git {arguments} exited {process.ExitCode}");
        return process.ExitCode;
    }
}
