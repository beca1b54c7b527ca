using System.Buffers.Binary;

namespace ReviewI18n.Encodings;

/// <summary>
/// What the legacy code pages decode each byte or byte pair to: the data <see cref="ByteTables"/>
/// is built from. It is read from <c>CodePageTables.bin</c>, embedded in the assembly, because
/// building it from <c>System.Text.Encoding.CodePages</c> (<see cref="FromRuntime"/>) meant
/// loading the provider and decoding 50,000 codes one at a time on the first file of every
/// check, 12 to 15 ms while the other threads waited. The file is not typed by hand: a test
/// compares it with <see cref="FromRuntime"/> and writes it again when asked to.
/// </summary>
/// <remarks>
/// Layout, UTF-16 code units, little-endian, 0 where a code decodes to nothing: for each page of
/// <see cref="SingleBytePages"/>, the character of each byte 0x80..0xFF; then for
/// Shift_JIS and EUC-JP, the character of each byte 0x20..0xFF followed by that of each pair
/// with a lead 0x81..0xFE and a trail 0x40..0xFE.
/// </remarks>
internal static class CodePageTables
{
    public const string ResourceName = "ReviewI18n.Encodings.CodePageTables.bin";

    public const int FirstSingle = 0x20;
    public const int FirstLead = 0x81;
    public const int FirstTrail = 0x40;
    public const int Last = 0xFE;

    /// <summary>Single-byte pages UTF-8 may have been read as, in the order they are stored and tried.</summary>
    public static readonly int[] SingleBytePages = [CodePages.Windows1252, CodePages.Latin1, CodePages.MacRoman, CodePages.Windows1251, CodePages.Thai];

    /// <summary>The pages stored after the single-byte ones, in this order.</summary>
    public static readonly int[] DoubleBytePages = [CodePages.ShiftJis, CodePages.EucJp];

    private const int SingleBytePageLength = 0x80;
    private const int Trails = Last - FirstTrail + 1;
    private const int DoubleBytePageLength = 0x100 - FirstSingle + (Last - FirstLead + 1) * Trails;

    /// <summary>The characters of bytes 0x80..0xFF of a single-byte page (by its index in <see cref="SingleBytePages"/>).</summary>
    public static ReadOnlySpan<char> SingleBytePage(char[] data, int index) => data.AsSpan(index * SingleBytePageLength, SingleBytePageLength);

    /// <summary>The characters of one Japanese page (by its index in <see cref="DoubleBytePages"/>).</summary>
    public static ReadOnlySpan<char> DoubleBytePage(char[] data, int index) =>
        data.AsSpan(SingleBytePages.Length * SingleBytePageLength + index * DoubleBytePageLength, DoubleBytePageLength);

    /// <summary>Where the character of a one-byte (<paramref name="code"/> &lt; 0x100) or two-byte code sits in a Japanese page, or -1.</summary>
    public static int Offset(int code)
    {
        if (code < 0x100) return code >= FirstSingle ? code - FirstSingle : -1;
        int lead = code >> 8, trail = code & 0xFF;
        if (lead is < FirstLead or > Last || trail is < FirstTrail or > Last) return -1;
        return 0x100 - FirstSingle + (lead - FirstLead) * Trails + (trail - FirstTrail);
    }

    /// <summary>The embedded tables.</summary>
    public static char[] Load()
    {
        using var stream = typeof(CodePageTables).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var data = new char[bytes.Length / 2];
        for (var i = 0; i < data.Length; i++) data[i] = (char)BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(2 * i));
        return data;
    }

    /// <summary>The same tables, decoded from the runtime's code pages (what the embedded file must hold).</summary>
    public static char[] FromRuntime()
    {
        var data = new char[SingleBytePages.Length * SingleBytePageLength + DoubleBytePages.Length * DoubleBytePageLength];
        var at = 0;
        foreach (var page in SingleBytePages)
        {
            var encoding = CodePages.Lenient(page);
            for (var b = 0x80; b <= 0xFF; b++)
            {
                var s = encoding.GetString([(byte)b]);
                data[at++] = s.Length == 1 ? s[0] : '\0';
            }
        }
        Span<byte> two = stackalloc byte[2];
        Span<char> chars = stackalloc char[2];
        foreach (var page in DoubleBytePages)
        {
            var decoder = CodePages.Sentinel(page);
            for (var b = FirstSingle; b <= 0xFF; b++)
            {
                two[0] = (byte)b;
                data[at++] = Decode(decoder, two[..1], chars);
            }
            for (var lead = FirstLead; lead <= Last; lead++)
            {
                for (var trail = FirstTrail; trail <= Last; trail++)
                {
                    two[0] = (byte)lead;
                    two[1] = (byte)trail;
                    data[at++] = Decode(decoder, two, chars);
                }
            }
        }
        return data;
    }

    /// <summary>The file's bytes for <paramref name="data"/>.</summary>
    public static byte[] ToBytes(char[] data)
    {
        var bytes = new byte[data.Length * 2];
        for (var i = 0; i < data.Length; i++) BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2 * i), data[i]);
        return bytes;
    }

    /// <summary>The one character <paramref name="bytes"/> decode to, or 0 (none, or the sentinel of a code the page lacks).</summary>
    private static char Decode(System.Text.Encoding encoding, ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        if (encoding.GetChars(bytes, chars) != 1) return '\0';
        return chars[0] is '\uFFFF' or '\uFFFD' ? '\0' : chars[0];
    }
}
