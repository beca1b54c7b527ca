using ReviewI18n.Configuration;
using ReviewI18n.Text;

namespace ReviewI18n.Sections;

/// <summary>
/// Tells whether a translated text is still in the source language, by script alone: the
/// letters only the translation locale uses (for <c>ja</c>: kana and kanji, from
/// <see cref="PipelineConfig.Scripts"/>) must make up a fair share of its prose, and letters only
/// the source locale uses must not dominate it. Latin product names inside Japanese prose are
/// fine: Japanese needs far fewer characters than English for the same sentence.
/// </summary>
public sealed class LanguageJudge(PipelineConfig config)
{
    /// <summary>Fewer letters than this in a section is not enough to judge (a score and a name).</summary>
    public const int MinSectionLetters = 40;

    /// <summary>Fewer letters than this in a front-matter field is not enough to judge.</summary>
    public const int MinFieldLetters = 8;

    /// <summary>Below this share of its own letters, a translation is in the source language.</summary>
    public const double MinTargetShare = 0.15;

    /// <summary>Above this share of the source locale's own letters, a translation is in the source language.</summary>
    public const double MaxSourceShare = 0.3;

    public LanguageVerdict Judge(Prose translation, Prose source, string sourceLocale, string targetLocale, int minLetters) =>
        Judge(translation, () => source, sourceLocale, targetLocale, minLetters);

    /// <summary>
    /// Judges a translation; <paramref name="source"/> is asked for only when scripts cannot tell,
    /// that is when the translation locale has no script of its own (en-GB from en, en from ja):
    /// a ja text with a fair share of kana cannot be a copy of an en source.
    /// </summary>
    public LanguageVerdict Judge(Prose translation, Func<Prose> source, string sourceLocale, string targetLocale, int minLetters)
    {
        if (translation.Letters < minLetters) return LanguageVerdict.TooShort;
        var (sourceScripts, targetScripts) = (ScriptsOf(sourceLocale), ScriptsOf(targetLocale));
        var (targetOnly, sourceOnly) = (targetScripts.Except(sourceScripts), sourceScripts.Except(targetScripts));
        if (!targetOnly.IsEmpty && translation.Count(targetOnly) < MinTargetShare * translation.Letters)
            return LanguageVerdict.MissingTargetScript;
        if (!sourceOnly.IsEmpty && translation.Count(sourceOnly) > MaxSourceShare * translation.Letters)
            return LanguageVerdict.SourceScript;
        if (!targetOnly.IsEmpty) return LanguageVerdict.Translated;
        var original = source();
        if (original.Letters >= minLetters && translation.SameTextAs(original))
            return LanguageVerdict.EqualToSource;
        return LanguageVerdict.Translated;
    }

    /// <summary>The share of a text's letters that only the translation locale uses, or null when no script is its own.</summary>
    public double? TargetShare(Prose text, string sourceLocale, string targetLocale)
    {
        var targetOnly = ScriptsOf(targetLocale).Except(ScriptsOf(sourceLocale));
        return targetOnly.IsEmpty || text.Letters == 0 ? null : (double)text.Count(targetOnly) / text.Letters;
    }

    private ScriptSet ScriptsOf(string locale) =>
        ScriptSet.Of(config.Scripts.GetValueOrDefault(locale) ?? PipelineConfig.DefaultScriptsFor(locale));
}
