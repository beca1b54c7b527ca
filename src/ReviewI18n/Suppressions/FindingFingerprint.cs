using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ReviewI18n.Diagnostics;

namespace ReviewI18n.Suppressions;

/// <summary>
/// A finding's identity across edits: its rule, the review it is about (collection, ref and
/// locale, or the file when the review has no ref, so a renamed file keeps it), its section and
/// its message with line numbers and the file's path taken out. Never its line or column: lines
/// above a finding may move. 16 hex digits of SHA-256.
/// </summary>
public static partial class FindingFingerprint
{
    [GeneratedRegex(@"\blines? \d+(?:[-–]\d+)?")]
    private static partial Regex LineNumbers();

    public static string Of(Diagnostic d)
    {
        var message = LineNumbers().Replace(d.Message.Replace(d.File, "{file}", StringComparison.Ordinal), "line #");
        var identity = d.Ref is { } reference ? $"{d.Collection}/{reference}" : d.File;
        var text = $"{d.Rule.Name}\n{identity}\n{d.Locale}\n{d.Section}\n{message}";
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
