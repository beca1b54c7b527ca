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
public sealed class XliffImporter(SectionAligner aligner, SectionKeyResolver keys, TranslationGlossary glossary, PipelineConfig config)
{
    public (List<ImportOutcome> Outcomes, List<ImportedFile> Files) Plan(SiteModel site, IReadOnlyList<ImportedUnit> units)
    {
        var outcomes = new List<ImportOutcome>();
        var edits = new Dictionary<DocumentPair, List<Edit>>();
        var byFile = site.Pairs.ToDictionary(p => p.Translation.RelativePath, StringComparer.Ordinal);
        foreach (var unit in units)
        {
            ImportOutcome Skip(string reason) => new(unit.Id, unit.File, unit.Line, ImportResult.Skipped, reason);
            // The id is collection/ref/key: the pair is known by the file, so a key may hold '/' ("I/O").
            if (!byFile.TryGetValue(unit.File, out var pair) || !unit.Id.StartsWith($"{pair.Collection}/{pair.Key}/", StringComparison.Ordinal))
            {
                outcomes.Add(Skip($"no review of this site has the id '{unit.Id}' in {unit.File}"));
                continue;
            }
            if (pair.Translation.Decoded.InvalidBytes.Count > 0)
            {
                outcomes.Add(Skip($"{unit.File} is not valid UTF-8; run fix-encoding first"));
                continue;
            }
            var key = unit.Id[(pair.Collection.Length + pair.Key.Length + 2)..];
            if (UnitText.Find(aligner.Align(pair), key) is not { Source: { } source } aligned)
            {
                outcomes.Add(Skip($"the source has no section '{key}' any more; export again"));
                continue;
            }
            if (unit.SourceHash != UnitText.Hash(UnitText.Of(pair.Source.Text, source.Section)))
            {
                outcomes.Add(Skip($"the source section '{source.Section.Heading}' changed since the export; export again"));
                continue;
            }
            if (unit.Target is null) { outcomes.Add(new(unit.Id, unit.File, unit.Line, ImportResult.NotTranslated)); continue; }
            if (unit.Problem is { } problem) { outcomes.Add(Skip(problem)); continue; }
            var target = unit.Target.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n', ' ', '\t');
            if (target.Length == 0) { outcomes.Add(Skip("the target is empty")); continue; }
            var current = aligned.Translation is { } t ? UnitText.Of(pair.Translation.Text, t.Section) : null;
            var driftKey = DriftKey(pair, source);
            if (current == target)
            {
                // Already there, or kept as it was. Confirmed in the CAT tool, the translator judged the
                // section current (a source change that needs no new wording); not confirmed, nobody looked.
                outcomes.Add(new(unit.Id, unit.File, unit.Line, ImportResult.Unchanged) { DriftKey = unit.Confirmed ? driftKey : null, Pair = pair });
                continue;
            }
            // The translation's section as exported: absent, or its text by hash. A hand edit since is never overwritten.
            if (unit.TargetHash is { } exported && exported != (current is null ? UnitText.Absent : UnitText.Hash(current)))
            {
                outcomes.Add(Skip($"the translation's section '{aligned.Translation?.Section.Heading ?? key}' was edited since the export; export again"));
                continue;
            }
            if (unit.MissingCodes.Count > 0) { outcomes.Add(Skip($"protected codes are missing from the target: {string.Join(", ", unit.MissingCodes.Select(id => $"ph {id}"))}")); continue; }
            if (Breaks(target, UnitText.Of(pair.Source.Text, source.Section)) is { } breaks) { outcomes.Add(Skip(breaks)); continue; }
            if (!InLocaleScript(target, pair.Source.Locale, pair.Locale)) { outcomes.Add(Skip($"the target is not written in {pair.Locale}'s script")); continue; }

            var text = pair.Translation.Text;
            var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
            var body = target.Replace("\n", newline, StringComparison.Ordinal);
            if (aligned.Translation is { } translated)
            {
                var (start, end) = Body(text, translated.Section);
                // An empty section: its body goes between blank lines, never onto the next heading.
                var replacement = start == end ? $"{newline}{body}{newline}{(end < text.Length ? newline : "")}" : body;
                if (start == end) (start, end) = (translated.Section.ContentStart, translated.Section.ContentEnd);
                Add(edits, pair, new Edit(start, end, replacement, source.Index));
            }
            else
            {
                var heading = glossary.EntryFor(aligned.Key)?.CanonicalFor(pair.Locale) ?? source.Section.Heading;
                Add(edits, pair, new Edit(InsertionPoint(pair, aligned), -1, $"## {heading}{newline}{newline}{body}{newline}", source.Index));
            }
            outcomes.Add(new(unit.Id, unit.File, unit.Line, ImportResult.Imported) { DriftKey = driftKey, Pair = pair });
        }

        var files = new List<ImportedFile>();
        foreach (var (pair, list) in edits)
        {
            var text = pair.Translation.Text;
            var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
            var builder = new StringBuilder(text);
            // Sections inserted at one place go in together, in the source's order, between blank lines.
            var replaced = list.Where(e => e.End >= 0).ToList();
            var inserts = list.Where(e => e.End < 0).GroupBy(e => e.Start).Select(g =>
            {
                var at = g.Key;
                var blocks = string.Join(newline, g.OrderBy(e => e.SourceIndex).Select(e => e.Text));
                // What ends up just before: a section body written up to this place, or the text as it is.
                var before = replaced.FirstOrDefault(e => e.End == at) is { } previous ? previous.Text : text[..at];
                return new Edit(at, at, Blank(before, before.Length, newline) + blocks + (at < text.Length ? newline : ""), -1);
            }).ToList();
            // From the end of the text, so earlier offsets stay valid.
            foreach (var edit in replaced.Concat(inserts).OrderByDescending(e => e.Start).ThenBy(e => e.End < 0 ? 1 : 0))
            {
                builder.Remove(edit.Start, edit.End - edit.Start).Insert(edit.Start, edit.Text);
            }
            var newText = builder.ToString();
            var bytes = Encoding.UTF8.GetBytes(newText);
            if (pair.Translation.Decoded.HasBom) bytes = [0xEF, 0xBB, 0xBF, .. bytes];
            files.Add(new ImportedFile(pair, text, newText, bytes));
        }
        return (outcomes, files);
    }

    /// <summary>A replacement of <c>[Start, End)</c>, or with <c>End</c> -1 a section inserted at <c>Start</c>.</summary>
    private sealed record Edit(int Start, int End, string Text, int SourceIndex);

    /// <summary>The key the baseline store knows the source section by (<c>key#2</c> for a second section of one key).</summary>
    private string DriftKey(DocumentPair pair, KeyedSection source) =>
        Drift.DriftSection.Of(pair.Source, keys).First(d => ReferenceEquals(d.Keyed.Section, source.Section)).Key;

    private static void Add(Dictionary<DocumentPair, List<Edit>> edits, DocumentPair pair, Edit edit)
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

    /// <summary>The line breaks to add before text inserted at <paramref name="at"/> so that a blank line precedes it.</summary>
    private static string Blank(string text, int at, string newline) =>
        (2 - Math.Min(2, NewlinesBefore(text, at))) switch { 2 => newline + newline, 1 => newline, _ => "" };

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
            if (ReferenceEquals(a.Source?.Section, missing.Source?.Section)) { after = true; continue; } // each alignment is made anew: the document's sections are the same objects
            if (after && a.Translation is { } t) return pair.Translation.Lines.LineStart(t.Section.HeadingLine);
        }
        return pair.Translation.Text.Length;
    }

    /// <summary>
    /// What in a target would break the document, outside fenced code: a front-matter fence
    /// (<c>---</c> alone on a line, unless the source section has one as a rule), a heading that
    /// would end the section (<c>#</c>, <c>##</c>, or a line underlined with <c>=</c> or <c>-</c>), a
    /// script tag the source lacks.
    /// </summary>
    private static string? Breaks(string target, string source)
    {
        var lines = OutsideFences(target).Split('\n');
        var sourceRules = OutsideFences(source).Split('\n').Any(l => l.Trim() == "---");
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var trimmed = line.Trim();
            if (trimmed == "---" && !sourceRules) return "the target has a '---' line, which Jekyll would read as front matter";
            if (line.StartsWith("# ", StringComparison.Ordinal) || line.StartsWith("## ", StringComparison.Ordinal)) return $"the target has a heading line '{line}', which would end the section";
            var underline = trimmed.Length > 0 && (trimmed.All(c => c == '=') || trimmed.All(c => c == '-') && trimmed != "---");
            if (underline && i > 0 && lines[i - 1].Trim().Length > 0) return "the target underlines a line with '=' or '-', which Markdown reads as a heading that would end the section";
        }
        if (target.Contains("<script", StringComparison.OrdinalIgnoreCase) && !source.Contains("<script", StringComparison.OrdinalIgnoreCase)) return "the target has a <script> tag the source does not";
        return null;
    }

    /// <summary>The text with fenced code blocks blanked (their line breaks kept): nothing in them is structure.</summary>
    private static string OutsideFences(string text) =>
        string.Concat(InlineCode.Split(text).Select(r => r.IsCode && (r.Text.StartsWith("```", StringComparison.Ordinal) || r.Text.StartsWith("~~~", StringComparison.Ordinal))
            ? new string(r.Text.Select(c => c == '\n' ? '\n' : ' ').ToArray())
            : r.Text));

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
