using System.Globalization;
using System.Text.RegularExpressions;

namespace ReviewI18n.Drift;

/// <summary>
/// Dates as the site writes them, read to one canonical value (<c>2025-07-05</c>), so a date
/// written another way ("July 5, 2025" → "2025.7.5") is not a change: <c>2025-07-05</c>,
/// <c>2025.7.5</c>, <c>2025/7/5</c>, <c>2025年7月5日</c>, <c>July 5, 2025</c>, <c>5 July 2025</c>.
/// </summary>
public static partial class DateText
{
    [GeneratedRegex(@"^(?:(?<y>\d{4})[-./](?<m>\d{1,2})[-./](?<d>\d{1,2})(?!\d)|(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日|(?<mn>[A-Z][a-z]{2,8})\.? (?<d>\d{1,2}),? (?<y>\d{4})|(?<d>\d{1,2}) (?<mn>[A-Z][a-z]{2,8}),? (?<y>\d{4}))(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The date at the start of <paramref name="text"/>: its canonical value and its length as written; null when none starts there.</summary>
    public static (string Value, int Length)? Match(ReadOnlySpan<char> text)
    {
        if (!MayStartDate(text)) return null;
        // A date is at most "September 30, 2025" long: look at no more of a long line than that.
        var head = text[..Math.Min(text.Length, 24)].ToString();
        var match = Pattern().Match(head);
        if (!match.Success) return null;
        var month = match.Groups["mn"].Success ? MonthOf(match.Groups["mn"].Value) : int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day is < 1 or > 31) return null;
        return ($"{year:D4}-{month:D2}-{day:D2}", match.Length);
    }

    /// <summary>A cheap look before the pattern: four digits and a separator, one or two digits and a space, or a month's first three letters.</summary>
    private static bool MayStartDate(ReadOnlySpan<char> text)
    {
        if (text.Length < 8) return false;
        if (char.IsAsciiDigit(text[0]))
        {
            return text.Length > 4 && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3]) && text[4] is '-' or '.' or '/' or '年'
                || text[1] == ' ' || char.IsAsciiDigit(text[1]) && text[2] == ' ';
        }
        return MonthStarts.Contains(text[..3]);
    }

    /// <summary>Looked up by span: every capitalized word of a changed section is asked about.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthStarts = new HashSet<string>(StringComparer.Ordinal)
    {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a token value is a date as <see cref="Match"/> writes it (<c>2025-07-05</c>).</summary>
    public static bool IsCanonical(string value) =>
        value.Length == 10 && value[4] == '-' && value[7] == '-' && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[9]);

    /// <summary>An English month's name, whole or cut short ("March", "Mar", "Sept").</summary>
    public static bool IsMonthName(string word) => word.Length is >= 3 and <= 9 && (MonthOf(word) > 0 || word == "Sept");

    private static int MonthOf(string name)
    {
        var names = CultureInfo.InvariantCulture.DateTimeFormat;
        for (var m = 1; m <= 12; m++)
        {
            if (name.Equals(names.GetMonthName(m), StringComparison.Ordinal) || name.Equals(names.GetAbbreviatedMonthName(m), StringComparison.Ordinal)) return m;
        }
        return 0;
    }
}
