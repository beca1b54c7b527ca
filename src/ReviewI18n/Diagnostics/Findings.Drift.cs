using ReviewI18n.Drift;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Diagnostics;

public static partial class Findings
{
    /// <summary>Drift: source sections that changed since the translation's baseline.</summary>
    public static class Drift
    {
        public enum Change
        {
            Changed,
            Added,
            Removed,
        }

        /// <summary>Reported on the translation's section heading, where the translator works.</summary>
        public static Diagnostic StaleSection(DocumentPair pair, string key, KeyedSection translation, KeyedSection? source,
            Change change, DriftBaseline baseline, string? diff)
        {
            var sourceHeading = source?.Section.Heading;
            var what = change switch
            {
                Change.Added => $"Source section '{sourceHeading}' was added after {baseline.Describe(key)}; '{translation.Section.Heading}' may not cover it yet.",
                Change.Removed => $"Section '{translation.Section.Heading}' was removed from the {pair.Source.Locale} source after {baseline.Describe(key)}.",
                _ => $"Source section '{sourceHeading}' changed after {baseline.Describe(key)}; update '{translation.Section.Heading}'.",
            };
            var data = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["change"] = change.ToString().ToLowerInvariant(),
                ["baseline"] = baseline.Origin == BaselineOrigin.Git ? "git" : "store",
                ["translationHeading"] = translation.Section.Heading,
                ["sourceFile"] = pair.Source.RelativePath,
            };
            if (sourceHeading is not null) data["sourceHeading"] = sourceHeading;
            if (source is not null) data["sourceLine"] = source.Section.HeadingLine.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (baseline.CommitOf(key) is { } commit) data["commit"] = commit;
            if (diff is not null) data["diff"] = diff;
            return At(Rules.StaleSection, pair.Translation, translation.Section.HeadingLine, translation.Section.HeadingColumn, what,
                section: key, data: data);
        }
    }
}
