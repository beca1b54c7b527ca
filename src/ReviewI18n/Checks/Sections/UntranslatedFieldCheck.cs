using ReviewI18n.Analysis;
using ReviewI18n.Configuration;
using ReviewI18n.Diagnostics;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Checks.Sections;

/// <summary>
/// <c>untranslated-field</c>: a localized front-matter field written in prose (<c>title</c>,
/// <c>summary</c>) that is still in the source language. Other localized fields are names, URLs
/// or numbers (<c>permalink</c>, <c>price</c>, <c>lang</c>) and tags are lists; none can be judged by script.
/// The values of shared fields (the product name in <c>target_name</c>) are taken out of both texts
/// first: "Philips A3PRO Professional DJ Headphones 製品レビュー" is a translated title.
/// </summary>
public sealed class UntranslatedFieldCheck(PipelineConfig config, LanguageJudge judge) : IPairCheck
{
    private static readonly string[] ProseFields = ["title", "summary"];

    private readonly string[] _fields = ProseFields.Where(f => config.LocalizedFields.Contains(f)).ToArray();

    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.UntranslatedField];

    private List<string> SharedNames(Content.FrontMatter frontMatter)
    {
        var names = new List<string>();
        foreach (var key in config.SharedFields)
        {
            if (frontMatter.GetScalar(key) is { Length: >= 2 } value) names.Add(value);
        }
        names.Sort((a, b) => b.Length.CompareTo(a.Length)); // the product name before the company id inside it
        return names;
    }

    private static string Without(string text, List<string> names)
    {
        foreach (var name in names) text = text.Replace(name, " ", StringComparison.Ordinal);
        return text;
    }

    public void Check(DocumentPair pair, SiteAnalysis analysis, ICollection<Diagnostic> findings)
    {
        if (pair.Source.FrontMatter is not { } sourceFm || pair.Translation.FrontMatter is not { } translationFm) return;
        List<string>? names = null;
        foreach (var key in _fields)
        {
            if (translationFm[key] is not { Scalar: { } value } field || sourceFm.GetScalar(key) is not { } sourceValue) continue;
            var shared = names ??= SharedNames(translationFm);
            // The source's prose only matters where scripts cannot tell (a locale without a script of its own).
            var verdict = judge.Judge(Prose.Of(Without(value, shared)), () => Prose.Of(Without(sourceValue, shared)),
                pair.Source.Locale, pair.Locale, LanguageJudge.MinFieldLetters);
            if (verdict is LanguageVerdict.Translated or LanguageVerdict.TooShort) continue;
            findings.Add(Findings.Sections.UntranslatedField(pair.Translation, field, verdict, pair.Source.Locale));
        }
    }
}
