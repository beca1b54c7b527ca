using System.Security.Cryptography;
using System.Text;
using ReviewI18n.Text;

namespace ReviewI18n.Drift;

/// <summary>
/// The normalized text of a section, which drift compares: NFC, whitespace runs (line wrapping
/// included) folded to one space, no space at all between two CJK characters (Japanese wraps
/// without spaces), trimmed. Re-wrapping or re-spacing a paragraph does not change it.
/// </summary>
public static class SectionText
{
    public static string Normalize(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace && !(IsCjk(builder[^1]) && IsCjk(c))) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        var result = builder.ToString();
        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }

    /// <summary>A short stable hash of the normalized text, as the baseline stores it.</summary>
    public static string Hash(ReadOnlySpan<char> text)
    {
        var normalized = Normalize(text);
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalized), digest);
        return Convert.ToHexStringLower(digest[..12]);
    }

    private static bool IsCjk(char c) =>
        ScriptClassifier.Of(c) is Script.Han or Script.Hiragana or Script.Katakana
        || c is >= '\u3000' and <= '\u303F' || c is >= '\uFF00' and <= '\uFFEF';
}
