using System.Buffers;
using System.Runtime.CompilerServices;

namespace ReviewI18n.Facts;

/// <summary>
/// Finds the language-neutral facts of a section in one pass over its text, without regular
/// expressions (this runs on every section of every pair). The scanning loops are compiled
/// fully optimized at once: a CLI run is too short for tiered compilation to get there. Code spans and fenced code are
/// skipped: they are copied verbatim and say nothing about the translation.
/// </summary>
public static class FactExtractor
{
    // Longest first, so "kHz" wins over "Hz" and "dBFS" over "dB".
    private static readonly (string Text, string Canonical)[] Units =
    [
        ("dBFS", "dBFS"), ("dBSPL", "dBSPL"), ("dBV", "dBV"), ("dBu", "dBu"), ("dBA", "dBA"), ("dB", "dB"),
        ("kHz", "kHz"), ("MHz", "MHz"), ("Hz", "Hz"),
        ("ohms", "Ω"), ("ohm", "Ω"), ("kΩ", "kΩ"), ("Ω", "Ω"), ("\u2126", "Ω"),
        ("mAh", "mAh"), ("mm", "mm"), ("cm", "cm"), ("mW", "mW"), ("kW", "kW"), ("W", "W"),
        ("mV", "mV"), ("µV", "µV"), ("μV", "µV"), ("Vrms", "Vrms"), ("V", "V"),
        ("ms", "ms"), ("µs", "µs"), ("μs", "µs"), ("kg", "kg"), ("g", "g"), ("bit", "bit"), ("%", "%"), ("％", "%"),
    ];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SectionFacts Extract(string text, int start, int end)
    {
        Fact? score = null;
        var scoreLine = -1;
        List<Fact>? markers = null, urls = null, measurements = null;
        var inFence = false;
        var offset = start;
        while (offset < end)
        {
            var newline = text.IndexOf('\n', offset, end - offset);
            var lineEnd = newline < 0 ? end : newline;
            var line = text.AsSpan(offset, lineEnd - offset);
            var trimmed = line.TrimStart(' ');
            if (trimmed.StartsWith("```") || trimmed.StartsWith("~~~"))
            {
                inFence = !inFence;
            }
            else if (!inFence)
            {
                if (score is null && TryScore(trimmed) is { } value)
                {
                    score = new Fact(value, offset + (line.Length - trimmed.Length));
                    scoreLine = offset;
                }
                else
                {
                    ScanLine(text, offset, lineEnd, ref markers, ref urls, ref measurements);
                }
            }
            offset = lineEnd + 1;
        }
        if (score is null && markers is null && urls is null && measurements is null) return SectionFacts.None;
        return new SectionFacts(score, scoreLine, markers ?? [], urls ?? [], measurements ?? []);
    }

    /// <summary>The value of a score line <c>$$ \Large \text{0.5} $$</c>, normalized; null for any other line.</summary>
    public static string? TryScore(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith("$$")) return null;
        var open = line.IndexOf("\\text{");
        if (open < 0) return null;
        var rest = line[(open + 6)..];
        var close = rest.IndexOf('}');
        if (close <= 0) return null;
        var value = rest[..close].Trim();
        foreach (var c in value)
        {
            if (!NumberText.IsDigit(c) && c is not '.' and not '．' and not '-') return null;
        }
        return NumberText.Normalize(value);
    }

    private static readonly string[] SmallNumbers = Enumerable.Range(0, 100).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    /// <summary>
    /// Characters where a fact can start. The CLI runs without tiered compilation, so the
    /// vectorized search is fully optimized from its first call and skips the plain text between
    /// them several characters at a time.
    /// </summary>
    private static readonly SearchValues<char> Starts = SearchValues.Create("`h[0123456789［０１２３４５６７８９");

    /// <summary>First characters of the units, to skip the unit table after most numbers.</summary>
    private const string UnitStarts = "dkMHoΩ\u2126mWµμVgb%％c";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ScanLine(string text, int start, int end, ref List<Fact>? markers, ref List<Fact>? urls, ref List<Fact>? measurements)
    {
        var i = start;
        while (i < end)
        {
            var skip = text.AsSpan(i, end - i).IndexOfAny(Starts);
            if (skip < 0) break;
            i += skip;
            var c = text[i];
            if (c == '`')
            {
                var close = text.IndexOf('`', i + 1, end - i - 1);
                i = close < 0 ? i + 1 : close + 1;
            }
            else if (c == 'h' && TryUrl(text, i, end) is { } urlEnd)
            {
                (urls ??= []).Add(new Fact(TrimUrl(text.AsSpan(i, urlEnd - i)).ToString(), i));
                i = urlEnd;
            }
            else if (c is '[' or '［' && TryMarker(text, i, end, out var markerEnd) is { } marker)
            {
                (markers ??= []).Add(new Fact(marker, i));
                i = markerEnd;
            }
            else if (NumberText.IsDigit(c) && (i == start || !IsWordChar(text[i - 1])))
            {
                i = ScanNumber(text, i, end, ref measurements);
            }
            else
            {
                i++;
            }
        }
    }

    private static int? TryUrl(string text, int i, int end)
    {
        var span = text.AsSpan(i, end - i);
        if (!span.StartsWith("http://") && !span.StartsWith("https://")) return null;
        var j = i;
        var depth = 0;
        while (j < end)
        {
            var c = text[j];
            if (c <= ' ' || c >= 0x7F || c is '<' or '>' or '"' or '`') break;
            if (c == '(') depth++;
            else if (c == ')' && --depth < 0) break;
            j++;
        }
        return j;
    }

    private static ReadOnlySpan<char> TrimUrl(ReadOnlySpan<char> url) => url.TrimEnd(".,;:!?'*_]");

    private static string? TryMarker(string text, int i, int end, out int markerEnd)
    {
        markerEnd = i + 1;
        var j = i + 1;
        while (j < end && NumberText.IsDigit(text[j]) && j - i <= 3) j++;
        if (j == i + 1 || j >= end || text[j] is not (']' or '］')) return null;
        // "[1](url)" is a link whose text happens to be a number, not a marker.
        if (j + 1 < end && text[j + 1] == '(') return null;
        markerEnd = j + 1;
        var digits = text.AsSpan(i + 1, j - i - 1);
        // Markers are small numbers repeated on every page: share their strings instead of allocating each.
        if (digits.Length <= 2 && char.IsAsciiDigit(digits[0]) && (digits.Length == 1 || char.IsAsciiDigit(digits[1])))
        {
            var n = digits.Length == 1 ? digits[0] - '0' : (digits[0] - '0') * 10 + digits[1] - '0';
            if (digits[0] != '0') return SmallNumbers[n];
        }
        return NumberText.Normalize(digits);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ScanNumber(string text, int i, int end, ref List<Fact>? measurements)
    {
        var j = i;
        while (j < end)
        {
            var c = text[j];
            if (NumberText.IsDigit(c)) { j++; continue; }
            // A separator counts only with a digit after it: "1,600" and "0.78", not "20." at a sentence end.
            if (c is '.' or ',' or '．' or '，' && j + 1 < end && NumberText.IsDigit(text[j + 1])) { j += 2; continue; }
            break;
        }
        var unitStart = j < end && text[j] == ' ' ? j + 1 : j;
        if (unitStart >= end || !UnitStarts.Contains(text[unitStart], StringComparison.Ordinal)) return j;
        foreach (var (unit, canonical) in Units)
        {
            if (string.CompareOrdinal(text, unitStart, unit, 0, unit.Length) != 0 || unitStart + unit.Length > end) continue;
            var after = unitStart + unit.Length;
            if (after < end && (char.IsAsciiLetterOrDigit(text[after]) || text[after] == '_')) continue;
            (measurements ??= []).Add(new Fact(string.Concat(NumberText.Normalize(text.AsSpan(i, j - i)), canonical), i));
            return after;
        }
        return j;
    }

    /// <summary>Letters, digits and the characters that glue model numbers ("MDR-1AM2", "v2.1") together.</summary>
    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '/' || (c >= 0xFF10 && c <= 0xFF5A);
}
