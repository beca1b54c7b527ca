using System.Globalization;
using System.Text;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.Facts;
using ReviewI18n.Glossary;
using ReviewI18n.Pairing;
using ReviewI18n.Reports;
using ReviewI18n.Sections;

namespace ReviewI18n.Scaffold;

/// <summary>A translation started by <c>scaffold</c>: where it goes and its text.</summary>
public sealed record ScaffoldedFile(string RelativePath, string FullPath, string Text, ReviewDocument Source);

/// <summary>
/// Starts each missing translation where the layout puts it (the source's folder under the target
/// locale, same file name), so it pairs at once. Front matter, in the source's order: shared fields
/// copied; <c>lang</c> set; <c>permalink</c> from the collection's template (or the source's with
/// its locale segment swapped); tags through the glossary's tag table; the price converted at the
/// typical rate of pipeline.json <c>prices</c>, marked to check; every other localized field copied
/// from the source and marked <c># translate</c>. Body: each section under its heading in the target
/// locale (the glossary's), its score line copied, and its text left in the source language for
/// the translator, so <c>check</c> reports the sections as untranslated and <c>export</c> sends them
/// out with no target. Existing files are never overwritten.
/// </summary>
public sealed class Scaffolder(PipelineConfig config, SectionKeyResolver keys, TranslationGlossary glossary)
{
    public List<ScaffoldedFile> Plan(SiteModel site, string locale, IReadOnlyCollection<string> refs)
    {
        var files = new List<ScaffoldedFile>();
        foreach (var missing in site.Missing.Where(m => m.Locale == locale))
        {
            var source = missing.Source;
            if (refs.Count > 0 && !refs.Contains(source.Key)) continue;
            var relative = ReviewInfo.TranslationPathOf(source, locale);
            var full = Path.Combine(config.Root, relative.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(full)) continue;
            files.Add(new ScaffoldedFile(relative, full, Text(source, locale), source));
        }
        return files;
    }

    private string Text(ReviewDocument source, string locale)
    {
        // Offsets come from the document's own text; each piece is written with '\n' line ends.
        static string Lf(ReadOnlySpan<char> piece) => piece.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        var text = source.Text;
        var builder = new StringBuilder();
        var bodyStart = 0;
        if (source.FrontMatter?.Block is { } block)
        {
            var lf = Lf(text.AsSpan(0, block.BodyStart));
            var close = lf.IndexOf("\n---", 3, StringComparison.Ordinal);
            builder.Append("---\n").Append(FrontMatter(lf[(lf.IndexOf('\n') + 1)..(close + 1)], source, locale)).Append(lf[(close + 1)..]);
            bodyStart = block.BodyStart;
        }
        var sections = keys.KeysOf(source);
        var firstHeading = sections.Count > 0 ? source.Lines.LineStart(sections[0].Section.HeadingLine) : text.Length;
        if (firstHeading > bodyStart) builder.Append(Lf(text.AsSpan(bodyStart, firstHeading - bodyStart)));
        foreach (var keyed in sections)
        {
            var heading = keyed.Entry?.CanonicalFor(locale) ?? keyed.Section.Heading;
            builder.Append("## ").Append(heading).Append('\n');
            builder.Append(Lf(keyed.Section.ContentOf(text)));
        }
        var result = builder.ToString();
        return result.EndsWith('\n') ? result : result + "\n";
    }

    /// <summary>The front matter's lines, field by field (a field runs to the next line that starts a top-level key).</summary>
    private string FrontMatter(string block, ReviewDocument source, string locale)
    {
        var output = new StringBuilder();
        var lines = block.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 && i == lines.Length - 1) break;
            var colon = line.IndexOf(':');
            var isKey = colon > 0 && line[0] is not (' ' or '\t' or '#' or '-') && !line[..colon].Contains(' ');
            if (!isKey) { output.Append(line).Append('\n'); continue; }
            var field = line[..colon];
            var next = i + 1;
            while (next < lines.Length && (lines[next].StartsWith(' ') || lines[next].StartsWith('\t') || lines[next].StartsWith('-'))) next++;
            var original = string.Join('\n', lines[i..next]) + "\n";
            output.Append(Field(field, original, source, locale));
            i = next - 1;
        }
        return output.ToString();
    }

    private string Field(string field, string original, ReviewDocument source, string locale)
    {
        if (config.SharedFields.Contains(field) && field is not ("lang" or "permalink")) return original;
        switch (field)
        {
            case "lang":
                return $"lang: {locale}\n";
            case "permalink":
                var permalink = source.Collection.PermalinkFor(locale, source.Key)
                    ?? source.FrontMatter?.GetScalar("permalink")?.Replace($"/{source.Locale}/", $"/{locale}/", StringComparison.Ordinal);
                return permalink is null ? original : $"permalink: {permalink}\n";
            case "tags" when (source.FrontMatter?["tags"]?.Items) is { Count: > 0 } tags:
                return "tags: [" + string.Join(", ", tags.Select(t => Quote(TagIn(t, source.Locale, locale)))) + "]\n";
        }
        if (config.Prices is { } prices && field == prices.Field && PriceText.InField(source, field) is { } amount
            && prices.Rates.TryGetValue(locale, out var band))
        {
            var converted = Math.Round(amount * band.Typical, 0);
            var unit = prices.Currencies.TryGetValue(locale, out var to) && prices.Currencies.TryGetValue(source.Locale, out var from) ? $" {to} per {from}" : " per unit";
            return $"{field}: {converted.ToString(CultureInfo.InvariantCulture)}   # converted at {band.Typical.ToString(CultureInfo.InvariantCulture)}{unit}; check the local price\n";
        }
        if (config.LocalizedFields.Contains(field))
        {
            // A comment after the first line: kept by YAML, seen by the translator; untranslated-field reports the value too.
            var newline = original.IndexOf('\n');
            return original[..newline] + "   # translate" + original[newline..];
        }
        return original;
    }

    private string TagIn(string tag, string sourceLocale, string locale)
    {
        foreach (var entry in glossary.Tags)
        {
            if (entry.FormsIn(sourceLocale).Contains(tag, StringComparer.OrdinalIgnoreCase) && entry.FormsIn(locale) is [var first, ..]) return first;
        }
        return tag;
    }

    private static string Quote(string value) =>
        value.Length > 0 && value.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '.') && !char.IsWhiteSpace(value[0]) ? value : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
