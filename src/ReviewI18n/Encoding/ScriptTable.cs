using System.Runtime.CompilerServices;
using ReviewI18n.Text;

namespace ReviewI18n.Encodings;

/// <summary>The script of every BMP character, classified once, for scans that read it per character.</summary>
internal static class ScriptTable
{
    public static readonly Script[] Scripts = Build();

    // Runs over every character of the BMP: compiled optimised at once, not after tiering.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Script[] Build()
    {
        // Letterlike symbols (Ω as U+2126, K as U+212A, ℃) are symbols here, not letters of some script.
        var table = new Script[65536];
        for (var c = 0; c < 65536; c++) table[c] = char.IsSurrogate((char)c) || c is >= 0x2100 and <= 0x214F ? Script.Common : ScriptClassifier.Of((char)c);
        return table;
    }
}
