namespace ReviewI18n.Sections;

/// <summary>What <see cref="LanguageJudge"/> concluded about a translated text.</summary>
public enum LanguageVerdict
{
    /// <summary>Written in the translation's language as far as scripts can tell.</summary>
    Translated,

    /// <summary>Too little prose to judge (a score line, a reference list, a short name).</summary>
    TooShort,

    /// <summary>Almost none of the translation locale's own letters (a ja text without kana or kanji).</summary>
    MissingTargetScript,

    /// <summary>Mostly letters that only the source locale uses (an en text full of Japanese).</summary>
    SourceScript,

    /// <summary>The prose is the source's prose, character for character.</summary>
    EqualToSource,
}
