using System.Buffers;
using System.Runtime.CompilerServices;
using ReviewI18n.Text;

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

    /// <summary>The facts of every section of a document, by section index.</summary>
    public static SectionFacts[] Extract(Content.ReviewDocument document)
    {
        var facts = new SectionFacts[document.Sections.Count];
        for (var i = 0; i < facts.Length; i++) facts[i] = Extract(document.Text, document.Sections[i].ContentStart, document.Sections[i].ContentEnd);
        return facts;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SectionFacts Extract(string text, int start, int end)
    {
        Fact? score = null;
        var scoreLine = -1;
        var found = Found.Start();
        var fence = new CodeFence();
        var starts = HasWideStarts(text.AsSpan(start, end - start)) ? AllStarts : AsciiStarts;
        var offset = start;
        while (offset < end)
        {
            var trimmed = text.AsSpan(offset, end - offset).TrimStart(' ');
            if ((fence.IsOpen || trimmed is ['`' or '~', ..]) && fence.IsCode(LineAt(text, offset, end)))
            {
                offset = NextLine(text, offset, end);
            }
            else if (score is null && trimmed.StartsWith("$$") && TryScore(LineAt(text, end - trimmed.Length, end)) is { } value)
            {
                score = new Fact(value, end - trimmed.Length);
                scoreLine = offset;
                offset = NextLine(text, offset, end);
            }
            else
            {
                offset = ScanLine(text, offset, end, starts, found);
            }
        }
        if (score is null && found.IsEmpty) return SectionFacts.None;
        return new SectionFacts(score, scoreLine, found.Markers.ToArray(), found.Urls.ToArray(), found.Measurements.ToArray());
    }

    /// <summary>
    /// The facts of the section being scanned, in buffers reused by every section a thread
    /// scans: each section then allocates one array of the right size per kind it has.
    /// </summary>
    private sealed class Found
    {
        [ThreadStatic]
        private static Found? _forThisThread;

        public readonly List<Fact> Markers = [];
        public readonly List<Fact> Urls = [];
        public readonly List<Fact> Measurements = [];

        public bool IsEmpty => Markers.Count == 0 && Urls.Count == 0 && Measurements.Count == 0;

        /// <summary>This thread's buffers, emptied for a new section.</summary>
        public static Found Start()
        {
            var found = _forThisThread ??= new Found();
            found.Markers.Clear();
            found.Urls.Clear();
            found.Measurements.Clear();
            return found;
        }
    }

    /// <summary>The start of the line after the one at <paramref name="offset"/>, or <paramref name="end"/>.</summary>
    private static int NextLine(string text, int offset, int end)
    {
        var newline = text.IndexOf('\n', offset, end - offset);
        return newline < 0 ? end : newline + 1;
    }

    /// <summary>The rest of the line from <paramref name="offset"/>, without its line break.</summary>
    private static ReadOnlySpan<char> LineAt(string text, int offset, int end)
    {
        var line = text.AsSpan(offset, end - offset);
        var newline = line.IndexOf('\n');
        return newline < 0 ? line : line[..newline];
    }

    /// <summary>
    /// The unit of measurement <paramref name="rest"/> starts with (canonical form and length
    /// as written), the way figures are read here: longest unit first, not followed by a letter or
    /// digit. Null when it starts with none.
    /// </summary>
    public static (string Canonical, int Length)? UnitAt(ReadOnlySpan<char> rest)
    {
        foreach (var (unit, canonical) in Units)
        {
            if (!rest.StartsWith(unit, StringComparison.Ordinal)) continue;
            if (rest.Length > unit.Length && (char.IsAsciiLetterOrDigit(rest[unit.Length]) || rest[unit.Length] == '_')) continue;
            return (canonical, unit.Length);
        }
        return null;
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

    /// <summary>
    /// Characters where a fact can be recognized: a code span's backtick, a URL's colon (the
    /// "http" before it is checked there: "h" is too common a letter to stop at), a marker's
    /// bracket and digits; and the line break, where a line ends. The CLI runs without tiered
    /// compilation, so the vectorized search is fully optimized from its first call and skips
    /// the plain text between them several characters at a time.
    /// </summary>
    private static readonly SearchValues<char> AsciiStarts = SearchValues.Create("\n`:[0123456789");

    /// <summary>
    /// The same with the full-width bracket and digits, for the few sections that have them:
    /// a set with non-ASCII characters is searched several times slower.
    /// </summary>
    private static readonly SearchValues<char> AllStarts = SearchValues.Create("\n`:[0123456789［０１２３４５６７８９");

    /// <summary>Whether the text has a full-width digit or bracket: one search for the block that holds both, a closer look only where it finds one.</summary>
    private static bool HasWideStarts(ReadOnlySpan<char> text)
    {
        var at = text.IndexOfAny(CharRanges.FullWidthDigitsToBracket);
        return at >= 0 && (text[at..].ContainsAny(CharRanges.FullWidthDigits) || text[at..].Contains('［'));
    }

    /// <summary>First characters of the units: most numbers have none after them.</summary>
    private static readonly string UnitStarts = FirstCharacters(Units);

    /// <summary>The units starting with each character of <see cref="UnitStarts"/>, longest first as in <see cref="Units"/>.</summary>
    private static readonly (string Text, string Canonical)[][] UnitsByStart = GroupByStart(Units, UnitStarts);

    /// <summary>For ASCII characters, their group in <see cref="UnitsByStart"/> or -1: one lookup after each number.</summary>
    private static readonly sbyte[] AsciiUnitGroups = AsciiGroups(UnitStarts);

    private static int UnitGroupOf(char c) => c < 0x80 ? AsciiUnitGroups[c] : UnitStarts.IndexOf(c);

    private static sbyte[] AsciiGroups(string starts)
    {
        var groups = new sbyte[0x80];
        for (var c = 0; c < groups.Length; c++) groups[c] = (sbyte)starts.IndexOf((char)c);
        return groups;
    }

    private static string FirstCharacters((string Text, string Canonical)[] units)
    {
        var starts = new char[units.Length];
        var count = 0;
        foreach (var (text, _) in units)
        {
            if (!starts.AsSpan(0, count).Contains(text[0])) starts[count++] = text[0];
        }
        return new string(starts, 0, count);
    }

    private static (string Text, string Canonical)[][] GroupByStart((string Text, string Canonical)[] units, string starts)
    {
        var groups = new (string Text, string Canonical)[starts.Length][];
        for (var k = 0; k < starts.Length; k++)
        {
            var size = 0;
            foreach (var unit in units) size += unit.Text[0] == starts[k] ? 1 : 0;
            var group = new (string Text, string Canonical)[size];
            size = 0;
            foreach (var unit in units)
            {
                if (unit.Text[0] == starts[k]) group[size++] = unit;
            }
            groups[k] = group;
        }
        return groups;
    }

    /// <summary>
    /// Collects the facts of the line that starts at <paramref name="start"/>; returns where the
    /// next line starts. <paramref name="end"/> is the end of the section: no fact reaches across
    /// a line break (a code span looks for its closing backtick only up to it; URLs, markers and
    /// numbers stop at it as at any other character they do not take).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ScanLine(string text, int start, int end, SearchValues<char> starts, Found found)
    {
        var i = start;
        while (i < end)
        {
            var unread = i; // what earlier facts and code spans did not take
            var skip = text.AsSpan(i, end - i).IndexOfAny(starts);
            if (skip < 0) break;
            i += skip;
            var c = text[i];
            if (c == '\n')
            {
                return i + 1;
            }
            if (c == '`')
            {
                var close = text.AsSpan(i + 1, end - i - 1).IndexOfAny('`', '\n');
                i = close < 0 || text[i + 1 + close] == '\n' ? i + 1 : i + close + 2;
            }
            else if (c == ':' && UrlStart(text, i, unread, end) is var url and >= 0)
            {
                var urlEnd = UrlEnd(text, url, end);
                found.Urls.Add(new Fact(TrimUrl(text.AsSpan(url, urlEnd - url)).ToString(), url));
                i = urlEnd;
            }
            else if (c is '[' or '［' && TryMarker(text, i, end, out var markerEnd) is { } marker)
            {
                found.Markers.Add(new Fact(marker, i));
                i = markerEnd;
            }
            else if (NumberText.IsDigit(c) && (i == start || !IsWordChar(text[i - 1])))
            {
                i = ScanNumber(text, i, end, found.Measurements);
            }
            else
            {
                i++;
            }
        }
        return end;
    }

    /// <summary>
    /// Where the <c>http://</c> or <c>https://</c> whose colon is at <paramref name="colon"/>
    /// starts, or -1. Only text from <paramref name="from"/> on is still unread: the "h" of an
    /// "http" taken by a fact before it does not start a URL.
    /// </summary>
    private static int UrlStart(string text, int colon, int from, int end)
    {
        if (colon - 4 >= from && text.AsSpan(colon - 4, end - colon + 4).StartsWith("http://")) return colon - 4;
        if (colon - 5 >= from && text.AsSpan(colon - 5, end - colon + 5).StartsWith("https://")) return colon - 5;
        return -1;
    }

    /// <summary>Characters that end a URL or change its parenthesis depth, within printable ASCII.</summary>
    private static readonly SearchValues<char> UrlMarks = SearchValues.Create("<>\"`()");

    /// <summary>Where a URL starting at <paramref name="i"/> ends: at white space, non-ASCII, a quote or bracket, or an unbalanced ")".</summary>
    private static int UrlEnd(string text, int i, int end)
    {
        var printable = text.AsSpan(i, end - i).IndexOfAnyExcept(CharRanges.PrintableAscii);
        var stop = printable < 0 ? end : i + printable;
        var depth = 0;
        var j = i;
        while (true)
        {
            var mark = text.AsSpan(j, stop - j).IndexOfAny(UrlMarks);
            if (mark < 0) return stop;
            j += mark;
            var c = text[j];
            if (c == '(') depth++;
            else if (c != ')' || --depth < 0) return j;
            j++;
        }
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
        return NumberText.Normalize(text.AsSpan(i + 1, j - i - 1));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ScanNumber(string text, int i, int end, List<Fact> measurements)
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
        var group = unitStart < end ? UnitGroupOf(text[unitStart]) : -1;
        if (group < 0) return j;
        var units = UnitsByStart[group];
        var rest = text.AsSpan(unitStart, end - unitStart);
        foreach (var (unit, canonical) in units)
        {
            if (!rest.StartsWith(unit, StringComparison.Ordinal)) continue;
            var after = unitStart + unit.Length;
            if (after < end && (char.IsAsciiLetterOrDigit(text[after]) || text[after] == '_')) continue;
            measurements.Add(new Fact(NumberText.Normalize(text.AsSpan(i, j - i), canonical), i));
            return after;
        }
        return j;
    }

    /// <summary>Letters, digits and the characters that glue model numbers ("MDR-1AM2", "v2.1") together.</summary>
    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '/' || (c >= 0xFF10 && c <= 0xFF5A);
}
