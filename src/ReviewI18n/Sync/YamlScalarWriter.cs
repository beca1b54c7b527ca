using System.Globalization;
using System.Text;
using YamlDotNet.Core;

namespace ReviewI18n.Sync;

/// <summary>
/// Writes one scalar in a chosen style, falling back to double quotes whenever the chosen style
/// would change what the value means (a plain <c>yes</c> is a boolean to Jekyll, a plain
/// <c>a: b</c> is a mapping). Jekyll reads YAML 1.1 (Psych), so its booleans count too.
/// </summary>
public static class YamlScalarWriter
{
    private static readonly HashSet<string> ReservedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n", ".inf", "-.inf", "+.inf", ".nan",
    };

    /// <summary>
    /// A string value in <paramref name="style"/>; <paramref name="inFlow"/> when it sits inside
    /// <c>[...]</c>, where commas and brackets end a plain scalar.
    /// </summary>
    public static string String(string value, ScalarStyle style, bool inFlow) => style switch
    {
        ScalarStyle.Plain when IsPlainSafe(value, inFlow) => value,
        ScalarStyle.SingleQuoted when !value.Any(char.IsControl) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'",
        _ => DoubleQuoted(value),
    };

    public static string DoubleQuoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary>True when <paramref name="value"/> written plain reads back as the same string.</summary>
    public static bool IsPlainSafe(string value, bool inFlow)
    {
        if (ReservedWords.Contains(value) || SharedValue.IsYamlNumber(value) || LooksNumeric(value)) return false;
        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])) return false;
        var first = value[0];
        if ("[]{}#&*!|>'\"%@`,".Contains(first)) return false;
        if (first is '-' or '?' or ':' && (value.Length == 1 || value[1] == ' ')) return false;
        if (value.StartsWith("---", StringComparison.Ordinal) || value.StartsWith("...", StringComparison.Ordinal)) return false;
        if (value[^1] == ':') return false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) || c == '\uFEFF') return false;
            if (c == ':' && i + 1 < value.Length && value[i + 1] is ' ' or '\t') return false;
            if (c == '#' && value[i - 1] is ' ' or '\t') return false;
            if (inFlow && c is ',' or '[' or ']' or '{' or '}') return false;
            if (inFlow && c == ':' && i + 1 < value.Length && value[i + 1] is ',' or ']' or '}') return false;
        }
        return true;
    }

    /// <summary>YAML 1.1 numbers the core schema does not know: <c>0x1F</c>, <c>0o17</c>, <c>1_000</c>, <c>12:30</c> (sexagesimal).</summary>
    private static bool LooksNumeric(string value)
    {
        var s = value.TrimStart('+', '-');
        if (s.Length == 0) return false;
        if (s.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || s.StartsWith("0o", StringComparison.OrdinalIgnoreCase) || s.StartsWith("0b", StringComparison.OrdinalIgnoreCase)) return true;
        return (char.IsAsciiDigit(s[0]) || s[0] == '.') && s.All(c => char.IsAsciiDigit(c) || c is '_' or '.' or ':' or 'e' or 'E' or '+' or '-')
               && !IsDate(s);
    }

    /// <summary>A <c>YYYY-MM-DD</c> date stays plain: Jekyll reads it as the date either way.</summary>
    private static bool IsDate(string s) =>
        s.Length == 10 && s[4] == '-' && s[7] == '-' && s.Where((c, i) => i is not (4 or 7)).All(char.IsAsciiDigit);
}
