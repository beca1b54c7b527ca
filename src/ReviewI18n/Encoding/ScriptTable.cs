using ReviewI18n.Text;

namespace ReviewI18n.Encodings;

/// <summary>The script of every BMP character, classified once, for scans that read it per character.</summary>
internal static class ScriptTable
{
    public static readonly Script[] Scripts = Build();

    private static Script[] Build()
    {
        // Letterlike symbols (Ω as U+2126, K as U+212A, ℃) are symbols here, not letters of some script.
        var table = new Script[65536];
        // Combining marks and variation selectors take the script of the letter they follow (❤️, e + U+0301).
        for (var c = 0; c < 65536; c++)
        {
            table[c] = char.IsSurrogate((char)c) || c is (>= 0x2100 and <= 0x214F) or (>= 0x0300 and <= 0x036F) or (>= 0x1AB0 and <= 0x1AFF)
                or (>= 0x1DC0 and <= 0x1DFF) or (>= 0x20D0 and <= 0x20FF) or (>= 0xFE00 and <= 0xFE0F) or (>= 0xFE20 and <= 0xFE2F)
                ? Script.Common
                : ScriptClassifier.Of((char)c);
        }
        return table;
    }
}
