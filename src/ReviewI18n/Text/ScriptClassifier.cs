using System.Globalization;
using System.Text;

namespace ReviewI18n.Text;

/// <summary>
/// Which script a character or code point belongs to, by Unicode block: the one answer every rule
/// uses. <see cref="Of(Rune)"/> classifies; <see cref="InText"/> is the same answer for every BMP
/// character, read from a table by the scans that look at each character of a file, with letterlike
/// symbols and combining marks counted as common. Other per-character tables derive from this one:
/// <c>Sections/ProseCharacters</c> adds white space and the characters that may start a code span,
/// URL or marker; <c>Encodings/CharClasses</c> answers another question (controls, bidi and
/// invisible characters).
/// </summary>
public static class ScriptClassifier
{
    /// <summary>
    /// The script of every BMP character as the file scans count it: letterlike symbols (Ω as
    /// U+2126, K as U+212A, ℃) are symbols, not letters of some script, and combining marks and
    /// variation selectors are common (they take the script of the letter they follow: ❤️, e + U+0301).
    /// </summary>
    public static readonly Script[] InText = BuildTextTable();

    private static Script[] BuildTextTable()
    {
        var table = new Script[65536];
        for (var c = 0; c < 65536; c++)
        {
            table[c] = char.IsSurrogate((char)c) || c is (>= 0x2100 and <= 0x214F) or (>= 0x0300 and <= 0x036F) or (>= 0x1AB0 and <= 0x1AFF)
                or (>= 0x1DC0 and <= 0x1DFF) or (>= 0x20D0 and <= 0x20FF) or (>= 0xFE00 and <= 0xFE0F) or (>= 0xFE20 and <= 0xFE2F)
                ? Script.Common
                : Of((char)c);
        }
        return table;
    }

    /// <summary>Han, Hiragana or Katakana: written without spaces, so each character is a word.</summary>
    public static bool IsCjk(char c) => Of(c) is Script.Han or Script.Hiragana or Script.Katakana;

    public static Script Of(char c) => c < 0x80 ? (char.IsAsciiLetter(c) ? Script.Latin : Script.Common) : Of(new Rune(c is >= '\uD800' and <= '\uDFFF' ? '\uFFFD' : c));

    public static Script Of(Rune rune)
    {
        var v = rune.Value;
        if (v < 0x80) return char.IsAsciiLetter((char)v) ? Script.Latin : Script.Common;
        var category = Rune.GetUnicodeCategory(rune);
        var isLetter = category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
        return v switch
        {
            // The prolonged sound mark and iteration marks are used with kana in Japanese text.
            0x30FC or 0x30FD or 0x30FE => Script.Katakana,
            0x309D or 0x309E => Script.Hiragana,
            0x3005 or 0x3006 or 0x3007 => Script.Han,
            _ when !isLetter => Script.Common,
            <= 0x024F or (>= 0x1E00 and <= 0x1EFF) or (>= 0x2C60 and <= 0x2C7F) or (>= 0xA720 and <= 0xA7FF) or (>= 0xFF21 and <= 0xFF5A) => Script.Latin,
            (>= 0x0370 and <= 0x03FF) or (>= 0x1F00 and <= 0x1FFF) => Script.Greek,
            (>= 0x0400 and <= 0x052F) or (>= 0x2DE0 and <= 0x2DFF) or (>= 0xA640 and <= 0xA69F) => Script.Cyrillic,
            >= 0x0530 and <= 0x058F => Script.Armenian,
            >= 0x0590 and <= 0x05FF => Script.Hebrew,
            (>= 0x0600 and <= 0x06FF) or (>= 0x0750 and <= 0x077F) => Script.Arabic,
            >= 0x0900 and <= 0x097F => Script.Devanagari,
            >= 0x0E00 and <= 0x0E7F => Script.Thai,
            (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F) or (>= 0xAC00 and <= 0xD7AF) or (>= 0xFFA0 and <= 0xFFDC) => Script.Hangul,
            >= 0x3040 and <= 0x309F => Script.Hiragana,
            (>= 0x30A0 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF) or (>= 0xFF66 and <= 0xFF9F) => Script.Katakana,
            (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF) => Script.Han,
            _ => Script.Other,
        };
    }

    public static bool TryParse(string name, out Script script) =>
        Enum.TryParse(name, ignoreCase: true, out script) && Enum.IsDefined(script);
}
