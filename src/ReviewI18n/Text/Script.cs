namespace ReviewI18n.Text;

/// <summary>
/// Writing systems the pipeline tells apart. <see cref="Common"/> is everything that belongs to
/// no script (digits, punctuation, symbols, spaces); <see cref="Other"/> is a letter of a script
/// not listed here. Names are the ones pipeline.json uses (case-insensitive).
/// </summary>
public enum Script
{
    Common,
    Latin,
    Greek,
    Cyrillic,
    Armenian,
    Hebrew,
    Arabic,
    Devanagari,
    Thai,
    Hangul,
    Hiragana,
    Katakana,
    Han,
    Other,
}

/// <summary>Facts about <see cref="Script"/> itself.</summary>
public static class Scripts
{
    /// <summary>How many scripts there are: <see cref="Script.Other"/> is the last.</summary>
    public const int Count = (int)Script.Other + 1;
}
