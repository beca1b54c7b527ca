using System.Globalization;
using System.Text;
using ReviewI18n.Text;

namespace ReviewI18n.Encodings;

/// <summary>
/// How odd a piece of text looks in a locale: the sum of per-character costs. A repair is kept
/// only when it makes the text clearly less odd. Every non-ASCII character costs something
/// (mojibake always turns one character into two or more), control and private-use characters
/// cost a lot, letters of a script the locale does not expect cost a lot, and a locale's own
/// letters cost nothing.
/// </summary>
internal static class Plausibility
{
    public const double Forbidden = 10;
    public const double UnexpectedLetter = 6;
    public const double SiteLetter = 2;

    /// <summary>The cost of <paramref name="text"/> in the locale, with the characters on either side for context.</summary>
    public static double Cost(ReadOnlySpan<char> text, char before, char after, LocaleScripts locale)
    {
        double total = 0;
        var i = 0;
        while (i < text.Length)
        {
            Rune.DecodeFromUtf16(text[i..], out var rune, out var used);
            var cost = Of(rune, locale);
            // Japanese in an English review is a quoted name or a price in 円: words of several
            // characters. A lone kanji among Latin text is what a wrong decoding leaves.
            // (Half-width katakana are not such words: they are what UTF-8 read as Shift_JIS leaves.)
            if (cost == SiteLetter && IsFullWidthJapanese(text[i]) && !locale.IsJapanese && !ByteTables.RareKanji[text[i]])
            {
                var prev = i > 0 ? text[i - 1] : before;
                var next = i + used < text.Length ? text[i + used] : after;
                if (IsFullWidthJapanese(prev) || IsFullWidthJapanese(next)) cost = 0.5;
            }
            total += cost;
            i += Math.Max(used, 1);
        }
        return total;
    }

    public static double Of(Rune rune, LocaleScripts locale)
    {
        var v = rune.Value;
        if (v < 0x80) return v is (< 0x20 and not '\t' and not '\n' and not '\r') or 0x7F ? Forbidden : 0;
        if (v <= 0x9F || v == 0xFFFD) return Forbidden;
        var category = Rune.GetUnicodeCategory(rune);
        switch (category)
        {
            case UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate:
                return Forbidden;
            case UnicodeCategory.Control or UnicodeCategory.Format:
                return 5;
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark:
                return v is 0x3099 or 0x309A && locale.IsJapanese ? 1 : 4;
            case UnicodeCategory.ModifierSymbol or UnicodeCategory.ModifierLetter when v < 0x3000:
                return 3;
        }
        if (v is >= 0xFF61 and <= 0xFF9F) return locale.IsJapanese ? 1 : 2;
        if (v is >= 0x2100 and <= 0x214F) return 1;
        var script = ScriptClassifier.Of(rune);
        if (script == Script.Common)
        {
            if (locale.IsJapanese && v is (>= 0x3000 and <= 0x303F) or (>= 0xFF01 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFEE)) return 0;
            // Latin-1 symbols that real prose almost never uses but mojibake is full of.
            return v is 0xA4 or 0xA6 or 0xA8 or 0xAA or 0xAC or 0xAD or 0xAF or 0xB4 or 0xB8 or 0xB9 or 0xBA or 0xBF or 0xA1 ? 2 : 1;
        }
        if (script == Script.Latin)
        {
            if (v is >= 0xFF21 and <= 0xFF5A) return locale.IsJapanese ? 0.5 : 2;
            // Latin Extended-A (ł, ő, Ķ) is real but rare in this content; Extended-B and IPA are what bytes decode to by chance.
            return v <= 0xFF ? 1 : v is <= 0x17F or (>= 0x1E00 and <= 0x1EFF) ? 1.5 : 4;
        }
        return locale.Fit(script) switch
        {
            ScriptFit.Expected when script == Script.Han && locale.IsJapanese => KanjiCost(v),
            ScriptFit.Expected => script is Script.Han or Script.Hiragana or Script.Katakana or Script.Hangul or Script.Thai ? 0 : 1,
            ScriptFit.Allowed or ScriptFit.Symbol => 1,
            ScriptFit.Site => SiteLetter,
            _ => UnexpectedLetter,
        };
    }

    /// <summary>
    /// Japanese prose uses the JIS kanji: level 1 costs nothing, level 2 a little (the rows
    /// UTF-8 read as Shift_JIS fills with 縺 繧 窶), and a kanji outside JIS more.
    /// </summary>
    private static double KanjiCost(int v) => v >= 0x10000 || ByteTables.ShiftJisBytes[v] == 0 ? SiteLetter : ByteTables.RareKanji[v] ? 1 : 0;

    /// <summary>
    /// Whether every character of a repair may stand in text at all (no control, private-use,
    /// unassigned or stray combining character); <paramref name="allExpected"/> is false when it
    /// holds a letter the locale does not expect, which makes the repair uncertain. With
    /// <paramref name="rareLatin"/>, a Latin letter beyond Latin-1 and Extended-A (Ǝ, ɐ) may stand too.
    /// </summary>
    public static bool AllPlausible(ReadOnlySpan<char> text, LocaleScripts locale, out bool allExpected, bool rareLatin = false)
    {
        allExpected = true;
        foreach (var rune in text.EnumerateRunes())
        {
            var cost = Of(rune, locale);
            if (cost >= Forbidden || (cost is >= 3 and < UnexpectedLetter && !(rareLatin && Rune.IsLetter(rune) && ScriptClassifier.Of(rune) == Script.Latin))) return false;
            if (cost >= UnexpectedLetter) allExpected = false;
        }
        return true;
    }

    private static bool IsFullWidthJapanese(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsJapaneseLetter(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF66' and <= '\uFF9F');
}
