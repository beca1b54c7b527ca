using System.Text;

namespace ReviewI18n.Encodings;

/// <summary>
/// Trials for the other direction: Japanese text saved in Shift_JIS (CP932) or EUC-JP and then
/// read as Latin-1 or Windows-1252. Lead bytes become C1 controls, curly quotes or accented
/// letters; trail bytes may be plain ASCII (Shift_JIS <c>’</c> is 0x81 0x66, read as U+0081 <c>f</c>).
/// </summary>
internal static class JapaneseMisreads
{
    private static readonly System.Text.Encoding StrictShiftJis = CodePages.Strict(CodePages.ShiftJis);
    private static readonly System.Text.Encoding StrictEucJp = CodePages.Strict(CodePages.EucJp);

    public static MojibakeDetector.Candidate? AsLatin(string text, int start, int reader, int writer, LocaleScripts locale)
    {
        var decoder = writer == CodePages.ShiftJis ? StrictShiftJis : StrictEucJp;
        Span<byte> pair = stackalloc byte[3];
        Span<char> chars = stackalloc char[2];
        var builder = new StringBuilder();
        var pos = start;
        var japanese = 0;
        var strong = 0;
        while (pos < text.Length)
        {
            var b0 = ByteOf(text[pos], reader);
            var length = writer == CodePages.ShiftJis ? ShiftJisLength(b0) : EucJpLength(b0);
            // A run starts and ends with a two-byte character: a lone half-width katakana at
            // either end would more likely be a real Latin-1 letter.
            if (length == 0 || (length == 1 && (pos == start || pos + 1 >= text.Length || ByteOf(text[pos + 1], reader) < 0x80))) break;
            if (pos + length > text.Length) break;
            pair[0] = (byte)b0;
            var ok = true;
            for (var k = 1; k < length && ok; k++)
            {
                var b = ByteOf(text[pos + k], reader);
                ok = writer == CodePages.ShiftJis ? b is (>= 0x40 and <= 0x7E) or (>= 0x80 and <= 0xFC) : b is >= 0xA1 and <= 0xFE;
                pair[k] = (byte)b;
            }
            if (!ok || !TryDecode(decoder, pair[..length], chars, out var n)) break;
            if (length > 1 && pair[1] >= 0x80) strong++;
            builder.Append(chars[..n]);
            foreach (var c in chars[..n]) if (Plausibility.IsJapaneseLetter(c) || c is >= '\u3000' and <= '\u303F' || c is >= '\uFF01' and <= '\uFF60') japanese++;
            pos += length;
        }
        if (pos == start || !LooksDamaged(text, start, pos, japanese, strong, locale)) return null;
        var repaired = builder.ToString();
        // Japanese prose is not half-width katakana; UTF-8 bytes forced through Shift_JIS are.
        if (repaired.Count(c => c is >= '\uFF61' and <= '\uFF9F') * 4 > repaired.Length) return null;
        return MojibakeDetector.Judge(text, start, pos, repaired, new Misreading(writer, reader), locale);
    }

    /// <summary>
    /// An accented letter and the letter after it also spell a Shift_JIS kanji ("är" is one), and
    /// a curly quote before a word spells another (“S), so a run counts only with clear signs: a
    /// C1 control (then even one ’ counts); or a character whose trail byte is not ASCII together
    /// with a Latin-1 or Windows-1252 symbol, giving Japanese text (two characters outside Japanese prose).
    /// </summary>
    private static bool LooksDamaged(string text, int start, int end, int japanese, int strong, LocaleScripts locale)
    {
        var symbols = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is >= '\u0080' and <= '\u009F') return true;
            if (IsOddSymbol(c)) symbols++;
        }
        if (japanese < (locale.IsJapanese ? 1 : 2)) return false;
        return strong > 0 && symbols > 0;
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

    private static bool TryDecode(System.Text.Encoding decoder, ReadOnlySpan<byte> bytes, Span<char> chars, out int count)
    {
        try
        {
            count = decoder.GetChars(bytes, chars);
            return count > 0;
        }
        catch (DecoderFallbackException)
        {
            count = 0;
            return false;
        }
    }
}
