using System.Globalization;
using System.Text;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.Facts;
using ReviewI18n.Glossary;
using ReviewI18n.Sections;

namespace ReviewI18n.Accuracy.Sections;

/// <summary>
/// Plants defects in ja translations of a site copy, one per file, choosing files and sections
/// with a seeded random generator so a run can be repeated. A kind is planted only where it can
/// be: a swapped marker needs a marker the en section also has, used once in the ja section.
/// </summary>
public sealed class Planter(string siteRoot, TranslationGlossary glossary, Random random)
{
    private static readonly CollectionConfig Collection = new("any", "", null);
    private readonly SectionKeyResolver _keys = new(glossary);

    public IReadOnlyList<PlantedDefect> Plant(IReadOnlyList<string> jaFiles, int perKind)
    {
        var planted = new List<PlantedDefect>();
        var files = jaFiles.OrderBy(_ => random.Next()).ToList();
        var next = 0;
        foreach (var kind in Enum.GetValues<DefectKind>())
        {
            var count = 0;
            while (count < perKind && next < files.Count)
            {
                if (TryPlant(kind, files[next++]) is { } defect)
                {
                    planted.Add(defect);
                    count++;
                }
            }
        }
        return planted;
    }

    private PlantedDefect? TryPlant(DefectKind kind, string jaRelative)
    {
        var enRelative = jaRelative.Replace("/ja/", "/en/", StringComparison.Ordinal);
        if (!File.Exists(Path.Combine(siteRoot, enRelative))) return null;
        var ja = Read(jaRelative, "ja");
        var en = Read(enRelative, "en");
        if (ja.FrontMatter is null || en.FrontMatter is null || ja.Decoded.InvalidBytes.Count > 0) return null;
        var alignment = SectionAligner.Align(_keys.KeysOf(en), _keys.KeysOf(ja));
        var candidates = alignment.Matched.Where(a => !a.ByPosition).OrderBy(_ => random.Next()).ToList();
        foreach (var aligned in candidates)
        {
            var edit = kind switch
            {
                DefectKind.EnglishBody => EnglishBody(en, ja, aligned),
                DefectKind.DeletedSection => DeleteSection(ja, aligned),
                DefectKind.ChangedScore => ChangeScore(ja, aligned),
                _ => SwapMarker(en, ja, aligned),
            };
            if (edit is not { } e) continue;
            Write(ja, e.Text);
            var (rule, fact) = kind switch
            {
                DefectKind.EnglishBody => ("untranslated-section", (string?)null),
                DefectKind.DeletedSection => ("missing-section", null),
                DefectKind.ChangedScore => ("fact-mismatch", "score"),
                // Markers resolve through the reference lists: the swapped one names another source
                // (citations), points nowhere (dangling-citation), or without lists differs by number.
                _ => ("fact-mismatch", null),
            };
            return new PlantedDefect(kind, jaRelative, aligned.Key, rule, fact, e.Detail);
        }
        return null;
    }

    /// <summary>Only sections with real prose: a reference list or a bare score is not a section a translator writes.</summary>
    private static (string Text, string Detail)? EnglishBody(ReviewDocument en, ReviewDocument ja, AlignedSection aligned)
    {
        var s = aligned.Source!.Section;
        var t = aligned.Translation!.Section;
        var prose = Prose.Of(ja.Text, t.ContentStart, t.ContentEnd);
        if (aligned.Key == "references" || prose.IsReferenceList || prose.Letters < 80) return null;
        var body = en.Text[s.ContentStart..s.ContentEnd];
        return (ja.Text[..t.ContentStart] + body + ja.Text[t.ContentEnd..], $"body of '{t.Heading}' replaced by the en body");
    }

    private static (string Text, string Detail)? DeleteSection(ReviewDocument ja, AlignedSection aligned)
    {
        var t = aligned.Translation!.Section;
        var start = ja.Lines.LineStart(t.HeadingLine);
        return (ja.Text[..start] + ja.Text[t.ContentEnd..], $"section '{t.Heading}' (line {t.HeadingLine}) deleted");
    }

    private static (string Text, string Detail)? ChangeScore(ReviewDocument ja, AlignedSection aligned)
    {
        var t = aligned.Translation!.Section;
        var facts = FactExtractor.Extract(ja.Text, t.ContentStart, t.ContentEnd);
        if (facts.Score is not { } score || NumberText.Parse(score.Value) is not { } value) return null;
        var open = ja.Text.IndexOf("\\text{", score.Offset, StringComparison.Ordinal) + 6;
        var close = ja.Text.IndexOf('}', open);
        var changed = (value >= 0.9m ? value - 0.2m : value + 0.1m).ToString("0.0", CultureInfo.InvariantCulture);
        return (ja.Text[..open] + changed + ja.Text[close..], $"score {score.Value} -> {changed} on line {ja.PositionOf(open).Line}");
    }

    private static (string Text, string Detail)? SwapMarker(ReviewDocument en, ReviewDocument ja, AlignedSection aligned)
    {
        if (aligned.IsLocalized) return null;
        var s = aligned.Source!.Section;
        var t = aligned.Translation!.Section;
        var enMarkers = FactExtractor.Extract(en.Text, s.ContentStart, s.ContentEnd).Markers;
        var jaMarkers = FactExtractor.Extract(ja.Text, t.ContentStart, t.ContentEnd).Markers;
        var used = enMarkers.Concat(jaMarkers).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var once = jaMarkers.GroupBy(m => m.Value).Where(g => g.Count() == 1 && enMarkers.Any(e => e.Value == g.Key)).Select(g => g.Single()).ToList();
        if (once.Count == 0) return null;
        var marker = once[0];
        var number = int.Parse(marker.Value, CultureInfo.InvariantCulture) + 1;
        while (used.Contains(number.ToString(CultureInfo.InvariantCulture))) number++;
        var end = ja.Text.IndexOfAny([']', '］'], marker.Offset) + 1;
        return (ja.Text[..marker.Offset] + $"[{number}]" + ja.Text[end..], $"[{marker.Value}] -> [{number}] on line {ja.PositionOf(marker.Offset).Line}");
    }

    private ReviewDocument Read(string relative, string locale)
    {
        var full = Path.Combine(siteRoot, relative);
        return DocumentReader.Read(File.ReadAllBytes(full), full, relative, Collection, locale);
    }

    private static void Write(ReviewDocument doc, string text)
    {
        var bytes = new UTF8Encoding(doc.Decoded.HasBom).GetPreamble().Concat(new UTF8Encoding(false).GetBytes(text)).ToArray();
        File.WriteAllBytes(doc.FullPath, bytes);
    }
}
