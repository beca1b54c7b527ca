using System.Globalization;
using System.Text.RegularExpressions;

namespace ReviewI18n.Tests.Testing.JsonSchema;

/// <summary>
/// The <c>format</c> values the validator checks. URIs are checked by their RFC 3986 grammar
/// rather than with <see cref="Uri"/>, which takes "/a" for an absolute file URI on Unix and
/// accepts spaces and non-ASCII letters.
/// </summary>
internal static partial class JsonFormats
{
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(["uri", "uri-reference", "date-time"]);

    public static bool IsValid(string format, string value) => format switch
    {
        "uri" => IsUri(value),
        "uri-reference" => IsUriReference(value),
        "date-time" => IsDateTime(value),
        _ => throw new NotSupportedException($"format '{format}' is not supported"),
    };

    /// <summary>RFC 3986 URI: a scheme, then a reference's characters (a fragment is allowed).</summary>
    public static bool IsUri(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && Scheme().IsMatch(value[..colon]) && IsUriReference(value);
    }

    /// <summary>
    /// RFC 3986 URI-reference: only unreserved and reserved ASCII characters and well-formed
    /// percent-escapes, at most one '#', and a ':' before the first '/', '?' or '#' only when
    /// it ends a well-formed scheme (a relative reference's first segment cannot hold one).
    /// </summary>
    public static bool IsUriReference(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '%')
            {
                if (i + 2 >= value.Length || !char.IsAsciiHexDigit(value[i + 1]) || !char.IsAsciiHexDigit(value[i + 2])) return false;
                i += 2;
            }
            else if (!char.IsAsciiLetterOrDigit(c) && !UriSymbols.Contains(c))
            {
                return false;
            }
        }
        var fragment = value.IndexOf('#', StringComparison.Ordinal);
        if (fragment >= 0 && value.IndexOf('#', fragment + 1) >= 0) return false;
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var firstSegmentEnd = value.IndexOfAny(['/', '?', '#']);
        return colon < 0 || (firstSegmentEnd >= 0 && firstSegmentEnd < colon) || Scheme().IsMatch(value[..colon]);
    }

    /// <summary>RFC 3339 date-time, with its fields in range (a leap second 60 is allowed).</summary>
    public static bool IsDateTime(string value)
    {
        var match = DateTime().Match(value);
        if (!match.Success) return false;
        int Field(string name) => int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        var (year, month) = (Field("year"), Field("month"));
        if (month is < 1 or > 12) return false;
        // Year 0000 is a leap year in RFC 3339's proleptic Gregorian calendar; DateTime starts at year 1.
        var days = System.DateTime.DaysInMonth(year == 0 ? 2000 : year, month);
        var offsetValid = !match.Groups["offsetHour"].Success || (Field("offsetHour") <= 23 && Field("offsetMinute") <= 59);
        return Field("day") >= 1 && Field("day") <= days && Field("hour") <= 23 && Field("minute") <= 59 && Field("second") <= 60 && offsetValid;
    }

    private const string UriSymbols = "-._~:/?#[]@!$&'()*+,;=";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*$")]
    private static partial Regex Scheme();

    [GeneratedRegex("^(?<year>[0-9]{4})-(?<month>[0-9]{2})-(?<day>[0-9]{2})[Tt](?<hour>[0-9]{2}):(?<minute>[0-9]{2}):(?<second>[0-9]{2})(\\.[0-9]+)?([Zz]|[+-](?<offsetHour>[0-9]{2}):(?<offsetMinute>[0-9]{2}))$")]
    private static partial Regex DateTime();
}
