using System.Text;
using ReviewI18n.Configuration;
using ReviewI18n.Glossary;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;
using ReviewI18n.Text;

namespace ReviewI18n.Xliff;

/// <summary>
/// Puts translated units back into their sections. Before a unit is used it must still match the
/// section it was exported from (the source section unchanged, the translation's section unchanged
/// or already equal to the target), keep every protected code of its source, not be empty, be
/// written in the locale's script, and hold nothing that would break the document (a <c>---</c>
/// line, a <c>#</c> or <c>##</c> heading, a <c>&lt;script&gt;</c> the source lacks). A unit that fails
/// is skipped with its reason; the others are written. Only the section's body changes: the blank
/// lines around it, every other byte, the line endings, the BOM and the final newline stay.
/// </summary>
public sealed class XliffImporter(SectionAligner aligner, TranslationGlossary glossary, PipelineConfig config)
{
    public (List<ImportOutcome> Outcomes, List<ImportedFile> Files) Plan(SiteModel site, IReadOnlyList<ImportedUnit> units)
    {
        var outcomes = new List<ImportOutcome>();
        var edits = new Dictionary<DocumentPair, List<(int Start, int End, string Text, string Key)>>();
        var byFile = site.Pairs.ToDictionary(p => p.Translation.RelativePath, StringComparer.Ordinal);
        foreach (var unit in units)
        {
            ImportOutcome Skip(string reason) => new(unit.Id, unit.File, unit.Line, ImportResult.Skipped, reason);
            var parts = unit.Id.Split('/');
            if (parts.Length < 3 || !byFile.TryGetValue(unit.File, out var pair) || pair.Collection != parts[0] || pair.Key != string.Join('/', parts[1..^1]))
            {
                outcomes.Add(Skip($"no review of this site has the id '{unit.Id}' in {unit.File}"));
                continue;
            }
            if (pair.Translation.Decoded.InvalidBytes.Count > 0)
            {
                outcomes.Add(Skip($"{unit.File} is not valid UTF-8; run fix-encoding first"));
                continue;
            }
            var key = parts[^1];
            var aligned = aligner.Align(pair).Sections.FirstOrDefault(a => a.Key == key && a.Source is not null);
            if (aligned is null)
            {
                outcomes.Add(Skip($"the source has no section '{key}' any more; export again"));
                continue;
            }
            if (unit.SourceHash != SectionText.Hash(SectionText.Of(pair.Source.Text, aligned.Source!.Section)))
            {
                outcomes.Add(Skip($"the source section '{aligned.Source.Section.Heading}' changed since the export; export again"));
                continue;
            }
            if (unit.Target is null) { outcomes.Add(new(unit.Id, unit.File, unit.Line, ImportResult.NotTranslated)); continue; }
            if (unit.Problem is { } problem) { outcomes.Add(Skip(problem)); continue; }
            var target = unit.Target.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n', ' ', '\t');
            if (target.Length == 0) { outcomes.Add(Skip("the target is empty")); continue; }
            if (aligned.Translation is { } existing && SectionText.Of(pair.Translation.Text, existing.Section) == target)
            {
                outcomes.Add(new(unit.Id, unit.File, unit.Line, ImportResult.Unchanged));
                continue;
            }
            if (unit.MissingCodes.Count > 0) { outcomes.Add(Skip($"protected codes are missing from the target: {string.Join(", ", unit.MissingCodes.Select(id => $"ph {id}"))}")); continue; }
            if (Breaks(target, SectionText.Of(pair.Source.Text, aligned.Source.Section)) is { } breaks) { outcomes.Add(Skip(breaks)); continue; }
            if (!InLocaleScript(target, pair.Source.Locale, pair.Locale)) { outcomes.Add(Skip($"the target is not written in {pair.Locale}'s script")); continue; }

            var text = pair.Translation.Text;
            var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
            var body = target.Replace("\n", newline, StringComparison.Ordinal);
            if (aligned.Translation is { } translated)
            {
                var current = SectionText.Of(text, translated.Section);
                if (unit.TargetHash is { } exported && exported != SectionText.Hash(current))
                {
                    outcomes.Add(Skip($"the translation's section '{translated.Section.Heading}' was edited since the export; export again"));
                    continue;
                }
                var (start, end) = Body(text, translated.Section);
                Add(edits, pair, (start, end, body, key));
            }
            else
            {
                var heading = glossary.EntryFor(key)?.CanonicalFor(pair.Locale) ?? aligned.Source.Section.Heading;
                var at = InsertionPoint(pair, aligned);
                var prefix = (2 - Math.Min(2, NewlinesBefore(text, at))) switch { 2 => newline + newline, 1 => newline, _ => "" };
                Add(edits, pair, (at, at, $"{prefix}## {heading}{newline}{newline}{body}{newline}{(at < text.Length ? newline : "")}", key));
            }
            outcomes.Add(new(unit.Id, unit.File, unit.Line, ImportResult.Imported));
        }

        var files = new List<ImportedFile>();
        foreach (var (pair, list) in edits)
        {
            var text = pair.Translation.Text;
            var builder = new StringBuilder(text);
            foreach (var (start, end, replacement, _) in list.OrderByDescending(e => e.Start))
            {
                builder.Remove(start, end - start).Insert(start, replacement);
            }
            var newText = builder.ToString();
            var bytes = Encoding.UTF8.GetBytes(newText);
            if (pair.Translation.Decoded.HasBom) bytes = [0xEF, 0xBB, 0xBF, .. bytes];
            files.Add(new ImportedFile(pair, text, newText, bytes, list.Select(e => e.Key).Distinct().ToList()));
        }
        return (outcomes, files);
    }

    private static void Add(Dictionary<DocumentPair, List<(int, int, string, string)>> edits, DocumentPair pair, (int, int, string, string) edit)
    {
        if (!edits.TryGetValue(pair, out var list)) edits[pair] = list = [];
        list.Add(edit);
    }

    /// <summary>The section's body without the blank lines and spaces around it: what a target replaces.</summary>
    private static (int Start, int End) Body(string text, Section section)
    {
        var (start, end) = (section.ContentStart, section.ContentEnd);
        while (start < end && text[start] is '\r' or '\n' or ' ' or '\t') start++;
        while (end > start && text[end - 1] is '\r' or '\n' or ' ' or '\t') end--;
        return (start, end);
    }

    /// <summary>How many line breaks end the text before <paramref name="at"/> (a blank line is two).</summary>
    private static int NewlinesBefore(string text, int at)
    {
        var count = 0;
        for (var i = at - 1; i >= 0 && text[i] is '\n' or '\r'; i--) if (text[i] == '\n') count++;
        return at == 0 ? 2 : count;
    }

    /// <summary>Where a missing section goes: before the heading of the next source section the translation has, else at the end.</summary>
    private int InsertionPoint(DocumentPair pair, AlignedSection missing)
    {
        var after = false;
        foreach (var a in aligner.Align(pair).Sections)
        {
            if (ReferenceEquals(a, missing)) { after = true; continue; }
            if (after && a.Translation is { } t) return pair.Translation.Lines.LineStart(t.Section.HeadingLine);
        }
        return pair.Translation.Text.Length;
    }

    /// <summary>What in a target would break the document: a front-matter fence, a heading that ends the section, a script tag.</summary>
    private static string? Breaks(string target, string source)
    {
        foreach (var line in target.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Trim() == "---") return "the target has a '---' line, which Jekyll would read as front matter";
            if (trimmed.StartsWith("# ", StringComparison.Ordinal) || trimmed.StartsWith("## ", StringComparison.Ordinal)) return $"the target has a heading line '{trimmed}', which would end the section";
        }
        if (target.Contains("<script", StringComparison.OrdinalIgnoreCase) && !source.Contains("<script", StringComparison.OrdinalIgnoreCase)) return "the target has a <script> tag the source does not";
        return null;
    }

    /// <summary>
    /// Whether the target is written in its locale: a tenth of its letters or more in the scripts
    /// of the locale that the source locale does not use (kana and kanji for ja), when there are such.
    /// </summary>
    private bool InLocaleScript(string target, string sourceLocale, string locale)
    {
        var own = config.Scripts.GetValueOrDefault(locale) ?? [];
        var theirs = config.Scripts.GetValueOrDefault(sourceLocale) ?? [];
        var distinctive = own.Where(s => !theirs.Contains(s)).ToHashSet();
        if (distinctive.Count == 0) return true;
        var (letters, inLocale) = (0, 0);
        foreach (var run in InlineCode.Split(target).Where(r => !r.IsCode))
        {
            foreach (var c in run.Text)
            {
                var script = ScriptClassifier.Of(c);
                if (script is Script.Common or Script.Other) continue;
                letters++;
                if (distinctive.Contains(script)) inLocale++;
            }
        }
        return letters > 0 && inLocale * 10 >= letters;
    }
}
