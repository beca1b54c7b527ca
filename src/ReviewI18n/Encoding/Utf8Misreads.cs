using System.Buffers;
using System.Text;

namespace ReviewI18n.Encodings;

/// <summary>Trials for UTF-8 text that was decoded with a legacy code page and saved again.</summary>
internal static class Utf8Misreads
{
    /// <summary>
    /// UTF-8 read as a single-byte page (Windows-1252, Latin-1, Mac Roman, Windows-1251, Thai):
    /// each character of the run stands for one byte. Repeats while the result is itself
    /// Windows-1252 or Latin-1 mojibake (double encoding), and keeps the best level.
    /// </summary>
    public static MojibakeDetector.Candidate? AsSingleByte(string text, int start, int page, LocaleScripts locale)
    {
        var (end, repaired) = DecodeRun(text, start, page, whole: false);
        if (end <= start) return null;
        var best = MojibakeDetector.Judge(text, start, end, repaired, new Misreading(Misreading.Utf8, page), locale)
            ?? MojibakeDetector.Uncertain(text, start, end, repaired, new Misreading(Misreading.Utf8, page), locale);
        if (page is not (CodePages.Windows1252 or CodePages.Latin1)) return best;
        for (var passes = 2; passes <= 3; passes++)
        {
            var (_, again) = DecodeRun(repaired, 0, page, whole: true);
            if (again.Length == 0) break;
            repaired = again;
            var deeper = MojibakeDetector.Judge(text, start, end, repaired, new Misreading(Misreading.Utf8, page, passes), locale);
            if (deeper is { } d && (best is not { } b || d.Gain > b.Gain)) best = deeper;
        }
        return best;
    }

    /// <summary>
    /// Whether UTF-8 runs read through the same page as <paramref name="first"/>, one after another
    /// with only ASCII between them on the line, reach <paramref name="end"/> and together remove at
    /// least <paramref name="gain"/> of oddness: then they explain that stretch at least as well as
    /// the one reading of it that rivals them. Each run must be a certain repair.
    /// </summary>
    public static bool RunsInARowExplain(string text, MojibakeDetector.Candidate first, int end, double gain, LocaleScripts locale)
    {
        var page = first.Run.Misreading.ReadAs;
        // Only single-byte pages: a double-byte UTF-8 trial is no rival of a Japanese reading here.
        if (page is CodePages.ShiftJis or CodePages.EucJp) return false;
        var total = first.Gain;
        var pos = first.Run.End;
        while (true)
        {
            while (pos < end && text[pos] is < '\u0080' and not '\n') pos++;
            if (pos >= end) return total >= gain;
            if (text[pos] < 0x80 || AsSingleByte(text, pos, page, locale) is not { Run.Certain: true } next) return false;
            total += next.Gain;
            pos = next.Run.End;
        }
    }

    /// <summary>
    /// Decodes UTF-8 sequences from the bytes the characters stand for, from <paramref name="start"/>
    /// while they are valid. With <paramref name="whole"/>, all of the text must decode or nothing does.
    /// </summary>
    private static (int End, string Repaired) DecodeRun(string text, int start, int page, bool whole)
    {
        Span<byte> bytes = stackalloc byte[4];
        if (!whole && !StartsSequence(text, start, page)) return (start, "");
        var builder = new StringBuilder();
        var pos = start;
        var limit = whole ? text.Length : Math.Min(text.Length, start + MojibakeDetector.MaxRun);
        while (pos < limit)
        {
            var lead = ByteTables.ByteOf(page, text[pos]);
            var need = MojibakeDetector.Utf8Length(lead);
            if (need == 0 || pos + need > text.Length) break;
            bytes[0] = lead;
            var ok = true;
            for (var k = 1; k < need && ok; k++)
            {
                var b = ByteTables.ByteOf(page, text[pos + k]);
                ok = b is >= 0x80 and <= 0xBF;
                bytes[k] = b;
            }
            if (!ok || Rune.DecodeFromUtf8(bytes[..need], out var rune, out var used) != OperationStatus.Done || used != need) break;
            // A U+FFFD means an earlier pass already lost bytes: the run ends before it.
            if (rune.Value == 0xFFFD) break;
            MojibakeDetector.Append(builder, rune);
            pos += need;
        }
        if (whole && pos != text.Length) return (start, "");
        return (pos, builder.ToString());
    }

    /// <summary>Whether the characters at <paramref name="start"/> stand for a whole UTF-8 sequence: checked before anything is allocated.</summary>
    private static bool StartsSequence(string text, int start, int page)
    {
        var need = MojibakeDetector.Utf8Length(ByteTables.ByteOf(page, text[start]));
        if (need == 0 || start + need > text.Length) return false;
        for (var k = 1; k < need; k++)
        {
            if (ByteTables.ByteOf(page, text[start + k]) is < 0x80 or > 0xBF) return false;
        }
        return true;
    }

    /// <summary>
    /// UTF-8 read as Shift_JIS or EUC-JP: a character may stand for one or two bytes and a UTF-8
    /// sequence may end in the middle of one, so bytes are decoded as a stream and the run ends at
    /// the last point where a UTF-8 sequence and a character end together.
    /// </summary>
    public static MojibakeDetector.Candidate? AsDoubleByte(string text, int start, int page, LocaleScripts locale)
    {
        var table = page == CodePages.ShiftJis ? ByteTables.ShiftJisBytes : ByteTables.EucJpBytes;
        if (page == CodePages.EucJp && IsLoneKanjiAmongJapanese(text, start, table)) return null;
        Span<byte> buffer = stackalloc byte[8];
        var filled = 0;
        var builder = Builder;
        var pos = start;
        var goodEnd = start;
        var goodLength = 0;
        var limit = Math.Min(text.Length, start + MojibakeDetector.MaxRun);
        while (pos < limit && text[pos] >= 0x80)
        {
            var code = table[text[pos]];
            if (code == 0) break;
            if (code > 0xFF)
            {
                buffer[filled++] = (byte)(code >> 8);
                buffer[filled++] = (byte)code;
            }
            else
            {
                buffer[filled++] = (byte)code;
            }
            pos++;
            // Decode every complete sequence in the buffer; keep an incomplete tail for the next character.
            var consumed = 0;
            var failed = false;
            while (consumed < filled)
            {
                var status = Rune.DecodeFromUtf8(buffer[consumed..filled], out var rune, out var used);
                if (status == OperationStatus.NeedMoreData) break;
                if (status != OperationStatus.Done || (rune.Value < 0x80 && builder.Length == 0))
                {
                    failed = true;
                    break;
                }
                MojibakeDetector.Append(builder, rune);
                consumed += used;
            }
            if (failed) break;
            buffer[..filled][consumed..].CopyTo(buffer);
            filled -= consumed;
            if (filled == 0)
            {
                goodEnd = pos;
                goodLength = builder.Length;
            }
        }
        if (goodEnd == start) return null;
        if (page == CodePages.ShiftJis && LooksLikeHalfWidthKatakanaText(text, start, goodEnd)) return null;
        // A trail byte that became ASCII ("’s" from 窶冱) continues Latin text; before Japanese it is
        // chance ("邊義"), and so it is before a Latin-1 letter or symbol, what Japanese read as
        // Latin is made of ("筐‘Ì" is 筐体 damaged from its second character on, not ➁e and Ì).
        if (builder[goodLength - 1] < 0x80 && goodEnd < text.Length
            && (Plausibility.IsJapaneseLetter(text[goodEnd]) || text[goodEnd] is >= '\u0080' and <= '\u00FF')) return null;
        if (page == CodePages.EucJp && goodEnd - start == 1 && (goodLength != 1 || !FitsBetween(text, start, builder[0]))) return null;
        var repaired = builder.ToString(0, goodLength);
        // A lone kanji that passed the context test is judged on that evidence: in Japanese prose
        // the kanji itself costs nothing, so the plain cost comparison could never prefer Ω.
        var bonus = page == CodePages.EucJp && goodEnd - start == 1 ? 2 : 0;
        return MojibakeDetector.Judge(text, start, goodEnd, repaired, new Misreading(Misreading.Utf8, page), locale, bonus);
    }

    /// <summary>
    /// The decoding of a double-byte trial, reused: most trials fail, so a trial allocates only
    /// the repair it hands to <see cref="MojibakeDetector.Judge"/>. One per thread, as the checks run in parallel.
    /// </summary>
    private static StringBuilder Builder => (t_builder ??= new StringBuilder()).Clear();

    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>
    /// The common case of an EUC-JP seed, settled before any allocation: a kanji whose two bytes
    /// make one whole UTF-8 sequence, with a kana or kanji beside it and nothing after it that
    /// could continue the run. That is a word of Japanese prose.
    /// </summary>
    // Asked for three seeds in four: the lead-byte tests are spelled out rather than called.
    internal static bool IsLoneKanjiAmongJapanese(string text, int at, ushort[] table)
    {
        // A two-byte UTF-8 lead (C2..DF) ...
        if ((table[text[at]] >> 8) is < 0xC2 or > 0xDF) return false;
        var before = at > 0 ? text[at - 1] : ' ';
        var after = at + 1 < text.Length ? text[at + 1] : ' ';
        if (!Plausibility.IsJapaneseLetter(before) && !Plausibility.IsJapaneseLetter(after)) return false;
        // ... and after it no UTF-8 lead (C2..F4) that could continue the run.
        return after < 0x80 || (table[after] >> 8) is < 0xC2 or > 0xF4;
    }

    /// <summary>
    /// UTF-8 read as EUC-JP turns one accented letter or symbol into one ordinary kanji, so one
    /// kanji alone is weak evidence: "0.1%超" and "RMA率" are real Japanese. It counts only when
    /// what it stands for (<paramref name="r"/>) fits where it stands: a Latin-1 letter next to an ASCII letter (Bart辿k),
    /// or a unit or math symbol (Ω µ ° ± × ÷ ² ³ ½) next to a digit, maybe across one space.
    /// </summary>
    private static bool FitsBetween(string text, int at, char r)
    {
        bool Near(Func<char, bool> test) =>
            (at > 0 && test(text[at - 1])) || (at > 1 && text[at - 1] == ' ' && test(text[at - 2]))
            || (at + 1 < text.Length && test(text[at + 1])) || (at + 2 < text.Length && text[at + 1] == ' ' && test(text[at + 2]));
        var before = at > 0 ? text[at - 1] : ' ';
        var after = at + 1 < text.Length ? text[at + 1] : ' ';
        // "連続300W" and "創立50周年" are words: a kanji with a kana or kanji beside it stays.
        if (Plausibility.IsJapaneseLetter(before) || Plausibility.IsJapaneseLetter(after)) return false;
        // Units and operators sit next to numbers and unit letters (16Ω, kΩ, ±3, µF, Φ43mm).
        // An operator between two operands, maybe across spaces and emphasis ("**Price** ÷ **Sales**").
        if (r is '×' or '÷' && Operand(text, at, -1) && Operand(text, at, +1)) return true;
        if (r is 'Ω' or 'µ' or 'μ' or 'Φ' or 'φ' or 'Δ' or 'Σ' or 'σ' or 'π' or '±' or '×' or '÷') return char.IsAsciiLetterOrDigit(before) || char.IsAsciiLetterOrDigit(after) || Near(char.IsAsciiDigit);
        if (r is '°' or '¼' or '½' or '¾' or '£' or '¥' or '€') return Near(char.IsAsciiDigit);
        // Powers follow a number (m², 10³), or stand inside a name between letters (I²C).
        if (r is '²' or '³' && Near(char.IsAsciiDigit)) return true;
        if (r is '®' or '©' or '²' or '³' or '·' or 'º' or 'ª') return (char.IsAsciiLetterOrDigit(before) || char.IsAsciiLetterOrDigit(after)) && !IsCjk(before) && !IsCjk(after);
        if (r is (>= 'À' and <= 'ÿ') or (>= '\u0100' and <= '\u017F')) return (char.IsAsciiLetter(before) || char.IsAsciiLetter(after)) && !IsCjk(before) && !IsCjk(after);
        return false;
    }

    private static bool Operand(string text, int at, int step)
    {
        for (int k = at + step, n = 0; k >= 0 && k < text.Length && n < 4; k += step, n++)
        {
            if (char.IsAsciiLetterOrDigit(text[k])) return true;
            if (text[k] is not (' ' or '*' or '_')) return false;
        }
        return false;
    }

    private static bool IsCjk(char c) => c is (>= '\u2E80' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFFEF');

    /// <summary>
    /// Half-width katakana written on purpose (ﾃｽﾄ) can spell valid UTF-8 by chance. Damage from
    /// Latin-1 characters shows as a short pair among other text, not inside a katakana word.
    /// </summary>
    private static bool LooksLikeHalfWidthKatakanaText(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] is < '\uFF61' or > '\uFF9F') return false;
        }
        static bool Kana(char c) => c is >= '\uFF61' and <= '\uFF9F';
        return (start > 0 && Kana(text[start - 1])) || (end < text.Length && Kana(text[end]));
    }
}
