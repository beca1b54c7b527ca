using ReviewI18n.Drift;
using ReviewI18n.Baselines;
using ReviewI18n.Pairing;

namespace ReviewI18n.Diagnostics;

public static partial class Findings
{
    /// <summary>Drift: source sections that changed since the translation's baseline.</summary>
    public static class Drift
    {
        /// <summary>
        /// Reported on the translation's section heading, where the translator works.
        /// <c>data.change</c> is the kind of change (<c>meaning</c>, <c>figures</c>, or
        /// <c>unknown</c> when the old text is not known), <c>data.details</c> what changed.
        /// </summary>
        public static Diagnostic StaleSection(DocumentPair pair, SectionDrift drift, DriftBaseline baseline)
        {
            var (key, translation, source, edit, change, _, _) = drift;
            var diff = drift.Diff();
            var sourceHeading = source?.Section.Heading;
            var details = string.Join("; ", change.Details);
            var what = (edit, change.Kind) switch
            {
                (SectionEdit.Added, _) => $"Source section '{sourceHeading}' was added after {baseline.Describe(key)}; '{translation.Section.Heading}' may not cover it yet.",
                (SectionEdit.Removed, _) => $"Section '{translation.Section.Heading}' was removed from the {pair.Source.Locale} source after {baseline.Describe(key)}.",
                (_, SourceChangeKind.Figures) => $"Source section '{sourceHeading}' changed a figure after {baseline.Describe(key)} ({details}); update '{translation.Section.Heading}'.",
                (_, SourceChangeKind.Meaning) => $"Source section '{sourceHeading}' changed its wording after {baseline.Describe(key)} ({details}); update '{translation.Section.Heading}'.",
                _ => $"Source section '{sourceHeading}' changed after {baseline.Describe(key)}; update '{translation.Section.Heading}'.",
            };
            var data = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["change"] = change.Name,
                ["edit"] = edit.ToString().ToLowerInvariant(),
                ["baseline"] = baseline.Origin == BaselineOrigin.Git ? "git" : "store",
                ["translationHeading"] = translation.Section.Heading,
                ["sourceFile"] = pair.Source.RelativePath,
            };
            if (details.Length > 0) data["details"] = details;
            if (sourceHeading is not null) data["sourceHeading"] = sourceHeading;
            if (source is not null) data["sourceLine"] = source.Section.HeadingLine.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (baseline.CommitOf(key) is { } commit) data["commit"] = commit;
            if (diff is not null) data["diff"] = diff;
            return At(Rules.StaleSection, pair.Translation, translation.Section.HeadingLine, translation.Section.HeadingColumn, what,
                section: key, data: data);
        }
    }
}
