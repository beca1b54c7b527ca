using System.Text;
using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Pairing;

namespace ReviewI18n.History;

/// <summary>A source section a change edited, added or removed: what a pull-request summary lists first.</summary>
public sealed record EditedSection(string File, string Heading, int Line, string Edit);

/// <summary>
/// What a change (<c>check --changed-since REF</c>) is answerable for: the findings in the files it
/// touched, and what it causes in files it did not touch: translations made stale or missing a
/// section by the source sections it edited (<c>stale-section</c>, <c>missing-section</c>),
/// translations missing for a source it added (reported on the source, which it touched), and
/// orphans left by a source it deleted. A renamed file is the same file.
/// </summary>
public sealed record ChangeScope(ChangedFiles Files, IReadOnlyList<Diagnostic> Findings, IReadOnlyList<EditedSection> EditedSourceSections)
{
    /// <summary>Translation files whose source the change touched: their stale and missing sections are the change's doing.</summary>
    public IReadOnlySet<string> TranslationsOfChangedSources { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The rules whose findings in an untouched translation a change to its source causes.</summary>
    private static readonly HashSet<Rule> CausedBySource = [Rules.StaleSection, Rules.MissingSection];

    public static ChangeScope Of(SiteModel site, IReadOnlyList<Diagnostic> findings, ChangedFiles files)
    {
        var sourceOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in site.Pairs) sourceOf[pair.Translation.RelativePath] = pair.Source.RelativePath;
        var deletedRefs = files.Deleted.Values.Select(RefIn).OfType<string>().ToHashSet(StringComparer.Ordinal);

        var kept = findings.Where(d =>
            files.Changed.Contains(d.File)
            || CausedBySource.Contains(d.Rule) && sourceOf.TryGetValue(d.File, out var source) && files.Changed.Contains(source)
            || d.Rule == Rules.OrphanTranslation && d.Ref is { } r && deletedRefs.Contains(r)).ToList();
        var ofChanged = sourceOf.Where(p => files.Changed.Contains(p.Value)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        return new ChangeScope(files, kept, EditedSections(site, files)) { TranslationsOfChangedSources = ofChanged };
    }

    /// <summary>The sections of changed source documents whose text differs from the revision's, by heading.</summary>
    private static List<EditedSection> EditedSections(SiteModel site, ChangedFiles files)
    {
        var edited = new List<EditedSection>();
        foreach (var doc in site.SourceDocuments.Where(d => files.Changed.Contains(d.RelativePath)).OrderBy(d => d.RelativePath, StringComparer.Ordinal))
        {
            var before = files.Before.TryGetValue(doc.RelativePath, out var bytes)
                ? DocumentReader.ReadVersion(bytes, doc)
                : null;
            // By heading, and by its occurrence when a heading repeats ("Notes" twice).
            var old = new Dictionary<(string, int), string>();
            foreach (var (heading, n, text) in Numbered(before))
            {
                old[(heading, n)] = text;
            }
            foreach (var (heading, n, text, line) in Numbered(doc).Select((x, i) => (x.Heading, x.N, x.Text, doc.Sections[i].HeadingLine)))
            {
                if (!old.Remove((heading, n), out var oldText)) edited.Add(new EditedSection(doc.RelativePath, heading, line, "added"));
                else if (oldText != text) edited.Add(new EditedSection(doc.RelativePath, heading, line, "changed"));
            }
            foreach (var (heading, _) in old.Keys) edited.Add(new EditedSection(doc.RelativePath, heading, 1, "removed"));
        }
        return edited;
    }

    private static List<(string Heading, int N, string Text)> Numbered(ReviewDocument? document)
    {
        var result = new List<(string, int, string)>();
        if (document is null) return result;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var section in document.Sections)
        {
            var heading = section.Heading.Trim();
            var n = seen[heading] = seen.GetValueOrDefault(heading) + 1;
            result.Add((heading, n, section.ContentOf(document.Text).Trim().ToString()));
        }
        return result;
    }

    /// <summary>The front-matter <c>ref</c> of a file's bytes, without a full parse: a deleted file is read only for this.</summary>
    private static string? RefIn(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        if (!text.StartsWith("---", StringComparison.Ordinal)) return null;
        foreach (var line in text.Split('\n').Skip(1))
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed == "---") break;
            if (trimmed.StartsWith("ref:", StringComparison.Ordinal)) return trimmed[4..].Trim().Trim('"', '\'');
        }
        return null;
    }
}
