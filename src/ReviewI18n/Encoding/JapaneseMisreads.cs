using System.Text;

namespace ReviewI18n.Encodings;

/// <summary>
/// Trials for the other direction: Japanese text saved in Shift_JIS (CP932) or EUC-JP and then
/// read as Latin-1 or Windows-1252. Lead bytes become C1 controls, curly quotes or accented
/// letters; trail bytes may be plain ASCII (Shift_JIS <c>’</c> is 0x81 0x66, read as U+0081 <c>f</c>).
/// </summary>
internal static class JapaneseMisreads
{
    public static MojibakeDetector.Candidate? AsLatin(string text, int start, int reader, int writer, LocaleScripts locale)
    {
        Span<char> chars = stackalloc char[2];
        // Most seeds are real letters: find that out before allocating anything.
        var first = TryCharacter(text, start, reader, writer, chars, out _, out _);
        if (first < 2) return null;
        // Outside Japanese prose a run needs a C1 control or two characters: "’s" spells one kanji.
        if (!locale.IsJapanese && text[start] is not (>= '\u0080' and <= '\u009F') && text[start + 1] is not (>= '\u0080' and <= '\u009F')
            && (start + first >= text.Length || text[start + first] < 0x80 || TryCharacter(text, start + first, reader, writer, chars, out _, out _) == 0)) return null;
        var builder = new StringBuilder();
        var pos = start;
        var japanese = 0;
        var strong = 0;
        var pairs = 0;
        var goodEnd = start;
        var goodLength = 0;
        var limit = Math.Min(text.Length, start + MojibakeDetector.MaxRun);
        while (pos < limit)
        {
            if (text[pos] < 0x80)
            {
                // Digits and punctuation between two damaged characters ("第3世" read as ‘æ3\x90¢)
                // belong to the run; letters do not (they may be a real word between two runs),
                // except in Japanese prose once the run is surely damage: there an ASCII word is
                // written against the characters around it ("複数RCA入力", "S/N比"), so a word with
                // no space in it, followed by a character only damage spells, belongs too.
                var lettersAllowed = locale.IsJapanese && LooksDamaged(text, start, pos, japanese, strong, pairs, locale);
                var next = pos;
                var letters = false;
                var spaces = false;
                while (next < text.Length && next - pos < 8 && text[next] is < '\u0080' and not '\n')
                {
                    if (char.IsAsciiLetter(text[next]))
                    {
                        if (!lettersAllowed || spaces) break;
                        letters = true;
                    }
                    else if (text[next] is ' ' or '\t')
                    {
                        if (letters) break;
                        spaces = true;
                    }
                    next++;
                }
                if (next >= text.Length || text[next] < 0x80 || TryCharacter(text, next, reader, writer, chars, out _, out var strongNext) == 0) break;
                // Not a kanji of the rarely used rows: UTF-8 read as Latin-1 spells those (縺 繧 縲)
                // around its ASCII words, and its own reading must win there.
                if (letters && (!strongNext || ByteTables.RareKanji[chars[0]])) break;
                builder.Append(text, pos, next - pos);
                pos = next;
                continue;
            }
            // A run starts and ends with a two-byte character: a lone half-width katakana at
            // either end would more likely be a real Latin-1 letter.
            var length = TryCharacter(text, pos, reader, writer, chars, out var n, out var isStrong);
            if (length == 0 || (length == 1 && (pos == start || pos + 1 >= text.Length || ByteOf(text[pos + 1], reader) < 0x80))) break;
            if (isStrong) strong++;
            pairs++;
            builder.Append(chars[..n]);
            japanese += n;
            pos += length;
            goodEnd = pos;
            goodLength = builder.Length;
        }
        pos = goodEnd;
        if (pos == start || !LooksDamaged(text, start, pos, japanese, strong, pairs, locale)) return null;
        var repaired = builder.ToString(0, goodLength);
        // Japanese prose is not half-width katakana; UTF-8 bytes forced through Shift_JIS are.
        if (repaired.Count(c => c is >= '\uFF61' and <= '\uFF9F') * 4 > repaired.Length) return null;
        return MojibakeDetector.Judge(text, start, pos, repaired, new Misreading(writer, reader), locale);
    }

    /// <summary>
    /// Decodes the one Japanese character whose bytes the characters at <paramref name="pos"/>
    /// stand for; returns how many characters it took (0 when they spell none). Strong: its trail
    /// byte is not ASCII, or its lead is a character prose does not use (‚ ƒ ‰ Š Œ …), which sets
    /// damage apart from a curly quote before a letter.
    /// </summary>
    private static int TryCharacter(string text, int pos, int reader, int writer, Span<char> chars, out int count, out bool strong)
    {
        count = 0;
        strong = false;
        var b0 = ByteOf(text[pos], reader);
        var length = writer == CodePages.ShiftJis ? ShiftJisLength(b0) : EucJpLength(b0);
        if (length == 0 || pos + length > text.Length) return 0;
        Span<byte> bytes = stackalloc byte[3];
        bytes[0] = (byte)b0;
        for (var k = 1; k < length; k++)
        {
            var b = ByteOf(text[pos + k], reader);
            if (!(writer == CodePages.ShiftJis ? b is (>= 0x40 and <= 0x7E) or (>= 0x80 and <= 0xFC) : b is >= 0xA1 and <= 0xFE)) return 0;
            bytes[k] = (byte)b;
        }
        if (length == 3) return 0;
        var c = (writer == CodePages.ShiftJis ? ByteTables.ShiftJisChars : ByteTables.EucJpChars)[length == 1 ? bytes[0] : bytes[0] << 8 | bytes[1]];
        if (c == 0) return 0;
        chars[0] = c;
        count = 1;
        strong = length > 1 && (bytes[1] >= 0x80 || IsOddSymbol(text[pos]));
        return length;
    }

    /// <summary>
    /// An accented letter and the letter after it also spell a Shift_JIS kanji ("är" is one), a
    /// curly quote before a word spells another (“S), and "——" or "°×" spell kanji too. A run
    /// counts only with clear signs: a C1 control (then even one ’ counts); or, giving Japanese
    /// text (two characters outside Japanese prose), a character whose trail byte is not ASCII
    /// or that starts with a kana-row lead, and either two or more characters with a symbol prose
    /// rarely uses among them, or one character spelled with a Latin-1 symbol that is not a unit
    /// followed by an operator (m²×, 170°×).
    /// </summary>
    private static bool LooksDamaged(string text, int start, int end, int japanese, int strong, int pairs, LocaleScripts locale)
    {
        var odd = 0;
        var latinSymbols = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is >= '\u0080' and <= '\u009F') return true;
            if (IsOddSymbol(c)) odd++;
            if (c is >= '\u00A1' and <= '\u00BF') latinSymbols++;
        }
        if (japanese < (locale.IsJapanese ? 1 : 2)) return false;
        if (pairs >= 2) return strong > 0 && (odd > 0 || latinSymbols > 0 || locale.IsJapanese);
        if (end - start == 2 && text[start] is '°' or '²' or '³' or '¹' or 'µ' && text[start + 1] is '×' or '÷' or '±' or '·') return false;
        if (strong > 0 && (latinSymbols > 0 || odd > 0)) return true;
        // Two accented letters alone among Japanese ("ÂØ" is 替 in EUC-JP) are not a word, nor are
        // they between an ASCII word and a figure ("S/NÈæ98dB" is S/N比98dB); beside a Latin word
        // elsewhere they may be part of it.
        if (!locale.IsJapanese || strong == 0 || end - start != 2 || text[start] is < 'À' or > 'ÿ' || text[start + 1] is < 'À' or > 'ÿ') return false;
        var before = start > 0 ? text[start - 1] : ' ';
        var after = end < text.Length ? text[end] : ' ';
        return char.IsAsciiLetter(before) ? char.IsAsciiDigit(after) : !char.IsAsciiLetter(after) || char.IsAsciiDigit(before);
    }

    /// <summary>
    /// Latin-1 and Windows-1252 symbols that prose rarely uses. Dashes, curly quotes, the
    /// ellipsis, °, ±, ×, ÷, µ, · and the like are left out: "——" and "°×" are real text.
    /// </summary>
    private static bool IsOddSymbol(char c) => c switch
    {
        '–' or '—' or '‘' or '’' or '“' or '”' or '…' or '•' or '™' or '€' => false,
        '°' or '±' or '×' or '÷' or 'µ' or '·' or '©' or '®' or '\u00A0' or '§' or '£' or '¥' or '²' or '³' or '¹' or '½' or '¼' => false,
        >= '\u00A0' and <= '\u00BF' => true,
        _ => ByteTables.ByteOf(CodePages.Windows1252, c) is >= 0x80 and <= 0x9F,
    };

    private static int ByteOf(char c, int reader) => c < 0x80 ? c : ByteTables.ByteOf(reader, c) is var b && b != 0 ? b : -1;

    private static int ShiftJisLength(int b) => b switch
    {
        (>= 0x81 and <= 0x9F) or (>= 0xE0 and <= 0xFC) => 2,
        >= 0xA1 and <= 0xDF => 1,
        _ => 0,
    };

    private static int EucJpLength(int b) => b switch
    {
        0x8E => 2,
        0x8F => 3,
        >= 0xA1 and <= 0xFE => 2,
        _ => 0,
    };
}
