using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ReviewI18n.Diagnostics;

namespace ReviewI18n.Suppressions;

/// <summary>
/// A finding's identity across edits: its rule, the review it is about (collection, ref and
/// locale, or the file when the review has no ref, so a renamed file keeps it), its section and
/// its message with line numbers, the file's path and the dates, commits and names of a recorded
/// baseline taken out (a stale section by its source diff). Never its line or column: lines above
/// a finding may move. 16 hex digits of SHA-256.
/// </summary>
public static partial class FindingFingerprint
{
    [GeneratedRegex(@"\blines? \d+(?:[-–]\d+)?")]
    private static partial Regex LineNumbers();

    /// <summary>What changes when a baseline is recorded again: dates, times and commit ids.</summary>
    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?|\bcommit [0-9a-f]{7,40}\b|\bby [^,;)]+")]
    private static partial Regex BaselineMarks();

    public static string Of(Diagnostic d)
    {
        // A stale section is known by its source change (the diff), not by when its baseline was recorded.
        var content = d.Data?.GetValueOrDefault("diff") is { Length: > 0 } diff ? diff : BaselineMarks().Replace(d.Message, "#");
        var message = LineNumbers().Replace(content.Replace(d.File, "{file}", StringComparison.Ordinal), "line #");
        var identity = d.Ref is { } reference ? $"{d.Collection}/{reference}" : d.File;
        var text = $"{d.Rule.Name}\n{identity}\n{d.Locale}\n{d.Section}\n{message}";
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
