namespace ReviewI18n.Encodings;

/// <summary>
/// Lookup tables built once from what the code pages decode each code to (<see cref="CodePageTables"/>,
/// taken from the runtime's code pages, not typed in by hand): for each single-byte page, which byte each character came from;
/// and for every character, a set of <see cref="Seed"/> flags saying which kinds of damage it
/// could start. Clean text is scanned with one table read per non-ASCII character.
/// </summary>
internal static class ByteTables
{
    /// <summary>Single-byte pages UTF-8 may have been read as, in the order they are tried.</summary>
    public static int[] SingleBytePages => CodePageTables.SingleBytePages;

    // Field order matters: each table is built from the ones above it.
    private static readonly char[] Decoded = CodePageTables.Load();

    // Indexed like SingleBytePages: trials read it for every character they try, so no dictionary.
    private static readonly byte[][] Reverse = [.. Enumerable.Range(0, SingleBytePages.Length).Select(BuildReverse)];

    /// <summary>The character each Shift_JIS code decodes to (index: one byte, or lead &lt;&lt; 8 | trail); 0 when none.</summary>
    public static readonly char[] ShiftJisChars = BuildDecoding(0);

    /// <summary>The character each EUC-JP code decodes to, as <see cref="ShiftJisChars"/> (JIS X 0212 three-byte forms left out).</summary>
    public static readonly char[] EucJpChars = BuildDecoding(1);

    /// <summary>Shift_JIS bytes of each character: one byte (&lt; 0x100) or lead &lt;&lt; 8 | trail; 0 when it has none.</summary>
    public static readonly ushort[] ShiftJisBytes = Invert(ShiftJisChars);

    /// <summary>EUC-JP bytes of each character, as <see cref="ShiftJisBytes"/>.</summary>
    public static readonly ushort[] EucJpBytes = Invert(EucJpChars);

    /// <summary>Per character, the <see cref="Seed"/> kinds it may start.</summary>
    public static readonly Seed[] Seeds = BuildSeeds();

    /// <summary>Characters whose Shift_JIS form starts with a lead byte of the rarely used level-2 kanji rows.</summary>
    public static readonly bool[] RareKanji = BuildRareKanji();

    /// <summary>The byte (0x80..0xFF) a single-byte page decodes to <paramref name="c"/>, or 0.</summary>
    public static byte ByteOf(int codePage, char c) => Reverse[PageIndex(codePage)][c];

    private static int PageIndex(int codePage) => codePage switch
    {
        CodePages.Windows1252 => 0,
        CodePages.Latin1 => 1,
        CodePages.MacRoman => 2,
        CodePages.Windows1251 => 3,
        CodePages.Thai => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(codePage), codePage, "not a single-byte page UTF-8 is tried as"),
    };

    private static byte[] BuildReverse(int index)
    {
        var map = new byte[65536];
        var chars = CodePageTables.SingleBytePage(Decoded, index);
        for (var b = 0xFF; b >= 0x80; b--)
        {
            var c = chars[b - 0x80];
            if (c >= 0x80) map[c] = (byte)b;
        }
        // Mac tools decode Mac Roman's Ω, µ and ∆ either as the Greek letters or as the
        // symbols (U+2126, U+00B5, U+2206); both spellings stand for the same byte.
        foreach (var (symbol, letter) in new[] { ('\u2126', '\u03A9'), ('\u00B5', '\u03BC'), ('\u2206', '\u0394') })
        {
            if (map[symbol] != 0 && map[letter] == 0) map[letter] = map[symbol];
            if (map[letter] != 0 && map[symbol] == 0) map[symbol] = map[letter];
        }
        return map;
    }

    /// <summary>The decoding of every one- and two-byte code of a Japanese page (by its index in <see cref="CodePageTables.DoubleBytePages"/>), so trials never decode or throw.</summary>
    private static char[] BuildDecoding(int index)
    {
        var table = new char[65536];
        var chars = CodePageTables.DoubleBytePage(Decoded, index);
        for (var code = CodePageTables.FirstSingle; code < 65536; code++)
        {
            if (CodePageTables.Offset(code) is >= 0 and var at) table[code] = chars[at];
        }
        return table;
    }

    private static ushort[] Invert(char[] decoding)
    {
        var map = new ushort[65536];
        for (var code = 0x80; code < decoding.Length; code++)
        {
            var c = decoding[code];
            if (c >= 0x80 && map[c] == 0) map[c] = (ushort)code;
        }
        return map;
    }

    private static Seed[] BuildSeeds()
    {
        var seeds = new Seed[65536];
        foreach (var page in SingleBytePages)
        {
            var map = Reverse[PageIndex(page)];
            for (var c = 0x80; c < 65536; c++)
            {
                if (map[c] is >= 0xC2 and <= 0xF4) seeds[c] |= Seed.Utf8AsSingleByte;
                // A Japanese lead byte, read as Latin-1 or Windows-1252.
                if ((page is CodePages.Latin1 or CodePages.Windows1252) && map[c] is (>= 0x81 and <= 0x9F) or (>= 0xA1 and <= 0xFE)) seeds[c] |= Seed.JapaneseAsLatin;
            }
        }
        // UTF-8 read as Shift_JIS: a 2-byte lead (C2..DF) is a half-width katakana on its own;
        // a 3-byte lead (E0..EF) pairs with the next byte into a kanji. UTF-8 read as EUC-JP:
        // a lead (C2..F4) pairs with a continuation byte EUC-JP accepts (A1..BF) into a kanji.
        for (var c = 0xFF82; c <= 0xFF9F; c++) seeds[c] |= Seed.Utf8AsShiftJis;
        for (var c = 0x80; c < 65536; c++)
        {
            if (ShiftJisBytes[c] >> 8 is >= 0xE0 and <= 0xEF && (ShiftJisBytes[c] & 0xFF) is >= 0x80 and <= 0xBF) seeds[c] |= Seed.Utf8AsShiftJis;
            if (EucJpBytes[c] >> 8 is >= 0xC2 and <= 0xF4 && (EucJpBytes[c] & 0xFF) is >= 0xA1 and <= 0xBF) seeds[c] |= Seed.Utf8AsEucJp;
        }
        return seeds;
    }

    private static bool[] BuildRareKanji()
    {
        // Level-2 kanji start at 0x989F; rows from lead 0xE0 on are all level 2 or extensions.
        var rare = new bool[65536];
        for (var c = 0x3400; c < 65536; c++)
        {
            if (ShiftJisBytes[c] is >= 0x989F and var b && (b >> 8) is not (>= 0xF0 and <= 0xF9)) rare[c] = true;
        }
        return rare;
    }
}

/// <summary>Kinds of damage a character may start (bit flags).</summary>
[Flags]
internal enum Seed : byte
{
    None = 0,
    Utf8AsSingleByte = 1,
    Utf8AsShiftJis = 2,
    Utf8AsEucJp = 4,
    JapaneseAsLatin = 8,
}
