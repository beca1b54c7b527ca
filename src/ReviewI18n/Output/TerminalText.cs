using System.Text;

namespace ReviewI18n.Output;

/// <summary>
/// Content shown in a terminal passes through here: control and bidirectional characters are
/// replaced, so a review cannot move the cursor or reorder what the reader sees.
/// </summary>
public static class TerminalText
{
    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value)) return value ?? "";
        if (!NeedsCleaning(value)) return value;
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(IsUnsafe(c) ? '\uFFFD' : c);
        }
        return builder.ToString();
    }

    /// <summary>As <see cref="Clean"/> for text of many lines (a diff): line feeds stay, everything else unsafe goes.</summary>
    public static string CleanLines(string? value)
    {
        if (string.IsNullOrEmpty(value)) return value ?? "";
        foreach (var c in value)
        {
            if (c != '\n' && IsUnsafe(c)) return string.Join('\n', value.Split('\n').Select(Clean));
        }
        return value;
    }

    private static bool NeedsCleaning(string value)
    {
        foreach (var c in value)
        {
            if (IsUnsafe(c)) return true;
        }
        return false;
    }

    private static bool IsUnsafe(char c) =>
        (c < 0x20 && c != '\t') || c is >= '\u007F' and <= '\u009F'
        || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069' || c is '\u200E' or '\u200F' or '\u061C'
        // Line and paragraph separators: some terminals break the line there, so one finding could pose as two.
        || c is '\u2028' or '\u2029';
}
