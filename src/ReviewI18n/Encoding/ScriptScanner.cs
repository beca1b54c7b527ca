using ReviewI18n.Text;

namespace ReviewI18n.Encodings;

/// <summary>
/// <c>unexpected-script</c> and <c>mixed-script-word</c>. Only letters outside Latin and the
/// locale's own scripts are looked at, and the <see cref="TextSurvey"/> has already found them. A word
/// of an unexpected script inside quotes or on a reference-list line is a title quoted on purpose.
/// </summary>
internal static class ScriptScanner
{
    private static Script[] Table => ScriptClassifier.InText;

    /// <summary>
    /// Judges the words around <paramref name="letters"/>, the offsets (in text order) of the
    /// characters <see cref="LocaleScripts.NeedsScriptCheck"/> asks about, as the survey found them.
    /// </summary>
    public static void Scan(string text, LocaleScripts locale, Func<ProseMask> mask, IReadOnlyList<MojibakeRun> mojibake, IReadOnlyList<int> letters, List<EncodingIssue> issues)
    {
        ProseMask? prose = null;
        EncodingIssue? pending = null;
        var i = 0;
        foreach (var letter in letters)
        {
            // A letter inside the word just judged was judged with it.
            if (letter < i) continue;
            i = letter;
            var script = Table[text[i]];
            var (start, end) = WordAround(text, i, script);
            var issue = InMojibake(mojibake, start, end) ? null : Judge(text, start, end, locale);
            if (issue is not null && !(prose ??= mask()).Overlaps(start, end))
            {
                if (issue is { Kind: EncodingIssueKind.MixedScriptWord })
                {
                    Flush(ref pending, issues);
                    issues.Add(issue);
                }
                else
                {
                    if (pending is not null && pending.Detail == issue.Detail && OnlySeparators(text, pending.End, start))
                    {
                        pending = pending with { Length = end - pending.Start, Text = text[pending.Start..end] };
                    }
                    else
                    {
                        Flush(ref pending, issues);
                        pending = issue;
                    }
                }
            }
            i = Math.Max(end, i + 1);
        }
        Flush(ref pending, issues);
    }

    private static EncodingIssue? Judge(string text, int start, int end, LocaleScripts locale)
    {
        Span<int> counts = stackalloc int[Scripts.Count];
        var lookalike = false;
        for (var k = start; k < end; k++)
        {
            var s = Table[text[k]];
            counts[(int)s]++;
            if (s == Script.Greek && Homoglyphs.IsLatinLookalike(text[k])) lookalike = true;
        }
        var latin = counts[(int)Script.Latin];
        var cyrillic = counts[(int)Script.Cyrillic];
        var greek = counts[(int)Script.Greek];
        var armenian = counts[(int)Script.Armenian];
        var mixed = (latin > 0 && (cyrillic > 0 || armenian > 0)) || (cyrillic > 0 && greek > 0) || (latin > 0 && greek > 0 && lookalike);
        var word = text[start..end];
        if (mixed)
        {
            var foreign = latin >= cyrillic + greek + armenian ? (Func<char, bool>)(ch => Table[ch] is Script.Cyrillic or Script.Greek or Script.Armenian) : null;
            return new EncodingIssue(EncodingIssueKind.MixedScriptWord, start, end - start, word)
            {
                Repaired = foreign is null ? null : Homoglyphs.Latinize(word, foreign),
                Detail = ScriptsIn(counts),
            };
        }
        var script = Table[text[start]];
        if (latin > 0 || script == Script.Common) return null;
        var fit = locale.Fit(script);
        // Greek letters are symbols in technical prose (Ω, ΔΣ); a Greek word of three or more letters is Greek.
        if (fit == ScriptFit.Symbol && (end - start < 3 || HasDigitBeside(text, start, end))) return null;
        if (fit is not (ScriptFit.Unexpected or ScriptFit.Symbol)) return null;
        if (IsQuoted(text, start) || IsReferenceLine(text, start)) return null;
        return new EncodingIssue(EncodingIssueKind.UnexpectedScript, start, end - start, word) { Detail = script.ToString() };
    }

    private static string ScriptsIn(ReadOnlySpan<int> counts)
    {
        var names = new List<string>();
        for (var s = 0; s < counts.Length; s++)
        {
            if (counts[s] > 0 && (Script)s != Script.Common) names.Add(((Script)s).ToString());
        }
        return string.Join(" and ", names);
    }

    /// <summary>The word around <paramref name="i"/>: letters of alphabetic scripts together, or letters of one other script.</summary>
    private static (int Start, int End) WordAround(string text, int i, Script script)
    {
        bool InWord(char ch) => !char.IsSurrogate(ch) && (IsAlphabetic(script) ? IsAlphabetic(Table[ch]) && IsLetterOrMark(ch) : Table[ch] == script);
        var start = i;
        while (start > 0 && InWord(text[start - 1])) start--;
        var end = i + 1;
        while (end < text.Length && InWord(text[end])) end++;
        return (start, end);
    }

    internal static bool IsAlphabetic(Script s) => s is Script.Latin or Script.Greek or Script.Cyrillic or Script.Armenian;

    private static bool IsLetterOrMark(char c) => char.IsLetter(c) || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    private static bool HasDigitBeside(string text, int start, int end) =>
        (start > 0 && char.IsAsciiDigit(text[start - 1])) || (end < text.Length && char.IsAsciiDigit(text[end]));

    private static bool InMojibake(IReadOnlyList<MojibakeRun> runs, int start, int end)
    {
        foreach (var r in runs)
        {
            if (r.Start < end && start < r.End) return true;
        }
        return false;
    }

    private static bool OnlySeparators(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (char.IsLetter(text[k]) || text[k] == '\n') return false;
        }
        return true;
    }

    private static void Flush(ref EncodingIssue? pending, List<EncodingIssue> issues)
    {
        if (pending is null) return;
        issues.Add(pending);
        pending = null;
    }

    /// <summary>Whether an opening quote on the same line before <paramref name="offset"/> is still open.</summary>
    private static bool IsQuoted(string text, int offset)
    {
        var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        var straight = false;
        var depth = 0;
        for (var k = lineStart; k < offset; k++)
        {
            switch (text[k])
            {
                case '"': straight = !straight; break;
                case '“' or '「' or '『' or '«' or '„': depth++; break;
                case '”' or '」' or '』' or '»': depth = Math.Max(0, depth - 1); break;
            }
        }
        return straight || depth > 0;
    }

    /// <summary>A reference-list entry: <c>[n] …</c>, or a numbered or bulleted item with a URL.</summary>
    private static bool IsReferenceLine(string text, int offset)
    {
        var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        var lineEnd = text.IndexOf('\n', offset);
        var line = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart).TrimStart();
        if (line.Length > 2 && line[0] == '[' && char.IsAsciiDigit(line[1])) return true;
        var item = (line.Length > 1 && line[0] is '-' or '*' && line[1] == ' ') || (line.Length > 1 && char.IsAsciiDigit(line[0]) && line.IndexOf(". ") is > 0 and < 4);
        return item && (line.Contains("://", StringComparison.Ordinal) || line.Contains("www.", StringComparison.Ordinal));
    }
}
