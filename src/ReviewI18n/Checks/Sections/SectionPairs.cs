using ReviewI18n.Pairing;

namespace ReviewI18n.Checks.Sections;

/// <summary>What the section checks of a pair have in common.</summary>
internal static class SectionPairs
{
    /// <summary>
    /// A pair whose front matter does not parse on either side is already reported, and its
    /// pairing rests on the file name alone: comparing its sections would only add noise.
    /// </summary>
    public static bool CanCompare(DocumentPair pair) =>
        pair.Source.FrontMatterProblem is null && pair.Translation.FrontMatterProblem is null;
}
