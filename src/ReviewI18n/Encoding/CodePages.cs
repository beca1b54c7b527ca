using System.Text;

// The namespace is plural: a namespace named ReviewI18n.Encoding would hide System.Text.Encoding
// from every file under ReviewI18n.*, which all say Encoding.UTF8.
namespace ReviewI18n.Encodings;

/// <summary>
/// The legacy code pages the mojibake engine reasons about, from
/// <c>System.Text.Encoding.CodePages</c>. The provider is registered once, on first use.
/// Strict instances throw on any byte or character they cannot map, which is what makes a
/// repair certain: the damaged text must go back to bytes, and the bytes forward to text, exactly.
/// </summary>
public static class CodePages
{
    private static readonly bool Registered = Register();

    public const int Windows1252 = 1252;
    public const int Latin1 = 28591;
    public const int Thai = 874;
    public const int ShiftJis = 932;
    public const int EucJp = 51932;
    public const int Windows1251 = 1251;
    public const int MacRoman = 10000;

    /// <summary>UTF-8 that throws on invalid bytes instead of inserting U+FFFD.</summary>
    public static readonly System.Text.Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static bool Register()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return true;
    }

    /// <summary>A code page that throws instead of substituting.</summary>
    public static System.Text.Encoding Strict(int codePage)
    {
        _ = Registered;
        return System.Text.Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>A code page with the usual substitutions, as an editor that misread a file would use it.</summary>
    public static System.Text.Encoding Lenient(int codePage)
    {
        _ = Registered;
        return System.Text.Encoding.GetEncoding(codePage);
    }

    /// <summary>
    /// A code page that decodes what it cannot map to U+FFFF (a noncharacter no text holds), so
    /// tables can be built by trying every byte pair without paying for an exception each time.
    /// </summary>
    public static System.Text.Encoding Sentinel(int codePage)
    {
        _ = Registered;
        return System.Text.Encoding.GetEncoding(codePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFF"));
    }

    /// <summary>The name a finding shows for a code page.</summary>
    public static string DisplayName(int codePage) => codePage switch
    {
        Windows1252 => "Windows-1252",
        Latin1 => "Latin-1 (ISO-8859-1)",
        Thai => "Windows-874 (Thai, TIS-620)",
        ShiftJis => "Shift_JIS (CP932)",
        EucJp => "EUC-JP",
        Windows1251 => "Windows-1251 (Cyrillic)",
        MacRoman => "Mac Roman",
        _ => $"code page {codePage}",
    };
}
