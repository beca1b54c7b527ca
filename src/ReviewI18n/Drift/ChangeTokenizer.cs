using ReviewI18n.Facts;
using ReviewI18n.Text;

namespace ReviewI18n.Drift;

/// <summary>
/// Reads a section's Markdown as the <see cref="ChangeToken"/>s drift compares: words, figures
/// with their units, prices (an amount next to a currency, ranges included: "70,000-80,000 yen"),
/// the score in any of its forms, citation markers, URLs and fenced code lines. Punctuation,
/// emphasis, hyphens and spacing produce no token. It runs only on sections whose source changed,
/// so it is written to be read rather than to be fast.
/// </summary>
public static class ChangeTokenizer
{
    /// <summary>Currency words and codes, case-insensitive, by ISO code.</summary>
    private static readonly Dictionary<string, string> CurrencyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["usd"] = "USD", ["dollar"] = "USD", ["dollars"] = "USD", ["ドル"] = "USD",
        ["jpy"] = "JPY", ["yen"] = "JPY", ["円"] = "JPY",
        ["eur"] = "EUR", ["euro"] = "EUR", ["euros"] = "EUR", ["ユーロ"] = "EUR",
        ["gbp"] = "GBP", ["pound"] = "GBP", ["pounds"] = "GBP", ["ポンド"] = "GBP",
        ["cny"] = "CNY", ["rmb"] = "CNY", ["yuan"] = "CNY", ["元"] = "CNY",
        ["krw"] = "KRW", ["aud"] = "AUD", ["cad"] = "CAD", ["chf"] = "CHF",
    };

    private static readonly Dictionary<char, string> CurrencySymbols = new()
    {
        ['$'] = "USD", ['¥'] = "JPY", ['￥'] = "JPY", ['€'] = "EUR", ['£'] = "GBP",
    };

    /// <summary>Words that stand for an amount in "several hundred thousand yen".</summary>
    private static readonly HashSet<string> VagueAmounts = new(StringComparer.Ordinal)
    {
        "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "dozen", "dozens",
    };

    /// <summary>Words that scale the number before them.</summary>
    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m,
        ["千"] = 1_000m, ["万"] = 10_000m, ["億"] = 100_000_000m,
    };

    /// <summary>The tokens of a section's text (its content below the heading).</summary>
    public static IReadOnlyList<ChangeToken> Tokenize(ReadOnlySpan<char> text)
    {
        var raw = new List<Raw>();
        var fence = new CodeFence();
        foreach (var lineRange in text.Split('\n'))
        {
            var line = text[lineRange].Trim();
            var inside = fence.IsOpen;
            if (fence.IsCode(text[lineRange]))
            {
                // Fence lines themselves are markup; the lines inside are code, compared whole.
                if (inside && fence.IsOpen && !line.IsEmpty) raw.Add(new Raw(new ChangeToken(ChangeTokenKind.Code, line.ToString(), line.ToString())));
                continue;
            }
            if (ScoreOf(line) is { } score)
            {
                raw.Add(new Raw(new ChangeToken(ChangeTokenKind.Score, score, score)));
                continue;
            }
            var before = raw.Count;
            ReadLine(line, raw);
            // A line that is only a date, "(2025.8.24)", is the review's time stamp, kept like a reference.
            var stamp = raw.Count == before + 1 && raw[^1].Token is { Kind: ChangeTokenKind.Figure } only && DateText.IsCanonical(only.Value);
            if (stamp || IsReferenceEntry(line))
            {
                for (var i = before; i < raw.Count; i++)
                {
                    if (raw[i].Token is { } token) raw[i] = raw[i] with { Token = token with { InReference = true } };
                }
            }
        }
        return AttachCurrencies(raw);
    }

    /// <summary>
    /// A line that is only a score: <c>$$ \Large \text{0.4} $$</c>, or the older
    /// <c>Score: 0.4</c> and <c>**Cost-performance score: 0.4**</c>. A score mentioned inside
    /// a sentence is a figure like any other.
    /// </summary>
    private static string? ScoreOf(ReadOnlySpan<char> line)
    {
        if (FactExtractor.TryScore(line) is { } score) return score;
        var plain = line.Trim("*_ ").TrimEnd('.');
        var colon = plain.IndexOfAny(':', '：');
        if (colon < 0 || !plain[..colon].TrimEnd().EndsWith("score", StringComparison.OrdinalIgnoreCase) || plain[..colon].Length > 40) return null;
        var value = plain[(colon + 1)..].Trim("*_ ");
        return value.Length is > 0 and < 8 && NumberText.Parse(value) is not null ? NumberText.Normalize(value) : null;
    }

    /// <summary>A list item or a line opening with a marker "[3]" that cites a URL.</summary>
    private static bool IsReferenceEntry(ReadOnlySpan<char> line)
    {
        if (!line.Contains("http", StringComparison.Ordinal)) return false;
        if (line is ['-' or '*' or '+' or '[' or '［', ..]) return true;
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits])) digits++;
        return digits > 0 && digits < line.Length && line[digits] is '.' or ')';
    }


    /// <summary>A token before currencies are attached, or a currency mark; <see cref="Bare"/>: a number without a unit.</summary>
    /// <summary>
    /// A token before currencies are attached, or a currency mark. <see cref="Bare"/>: a number
    /// without a unit; <see cref="Tight"/>: only spaces or nothing since the token before;
    /// <see cref="EndsRange"/>: a bare number joined by a dash to the number before it.
    /// </summary>
    private readonly record struct Raw(ChangeToken? Token, string? Currency = null, string? CurrencyText = null, bool Bare = false, bool Tight = false, bool EndsRange = false);

    private static void ReadLine(ReadOnlySpan<char> line, List<Raw> raw)
    {
        var i = 0;
        var lastEnd = 0;
        while (i < line.Length)
        {
            var (c, start, count) = (line[i], i, raw.Count);
            if (c is 'h' && UrlText.Length(line[i..]) is > 0 and var urlLength)
            {
                var url = line.Slice(i, urlLength).ToString();
                raw.Add(new Raw(new ChangeToken(ChangeTokenKind.Url, url, url)));
                i += urlLength;
            }
            else if (c is '[' or '［' && MarkerLength(line[i..]) is > 0 and var markerLength)
            {
                var number = NumberText.Normalize(line.Slice(i + 1, markerLength - 2));
                raw.Add(new Raw(new ChangeToken(ChangeTokenKind.Marker, number, line.Slice(i, markerLength).ToString())));
                i += markerLength;
            }
            else if (CurrencySymbols.TryGetValue(c, out var code))
            {
                raw.Add(new Raw(null, code, c.ToString()));
                i++;
            }
            else if ((NumberText.IsDigit(c) || char.IsAsciiLetterUpper(c)) && DateText.Match(line[i..]) is { } date)
            {
                raw.Add(new Raw(new ChangeToken(ChangeTokenKind.Figure, date.Value, line.Slice(i, date.Length).ToString())));
                i += date.Length;
            }
            else if (NumberText.IsDigit(c) || char.IsLetter(c))
            {
                i = ReadWordOrNumber(line, i, raw);
            }
            else
            {
                i++; // punctuation, markup and spacing are not tokens
                continue;
            }
            if (raw.Count > count)
            {
                // What stands between this token and the one before: nothing, spaces or a hyphen
                // ("60 USD", "1-million-yen"), or a dash that makes a range ("70,000-80,000 yen").
                var gap = line[lastEnd..start].Trim();
                raw[count] = raw[count] with { Tight = gap is [] or ['-'], EndsRange = raw[count].Bare && lastEnd > 0 && gap is ['-' or '–' or '—' or '－' or '~' or '～' or '〜'] };
                if (raw[count].Token is { Kind: ChangeTokenKind.Word } word && LooksLikeName(word.Text, sentenceStart: lastEnd == 0 || gap.ContainsAny(".!?:;\"“")))
                {
                    raw[count] = raw[count] with { Token = word with { IsName = true } };
                }
            }
            lastEnd = i;
        }
    }

    /// <summary>A word (letters and digits; one CJK character at a time), or a number with its scale and unit.</summary>
    private static int ReadWordOrNumber(ReadOnlySpan<char> line, int start, List<Raw> raw)
    {
        if (ScriptClassifier.IsCjk(line[start]))
        {
            AddWord(line.Slice(start, 1).ToString(), raw);
            return start + 1;
        }
        var i = start;
        if (NumberText.IsDigit(line[start]))
        {
            i = NumberEnd(line, start);
            var number = line[start..i];
            var touching = i < line.Length && char.IsLetter(line[i]) && !ScriptClassifier.IsCjk(line[i]);
            // "40mm", "118dB", "60USD" are a figure or a price; "6XX", "1000XM4", "2nd" are words.
            if (!touching || FactExtractor.UnitAt(line[i..]) is not null || CurrencyWords.ContainsKey(LetterRun(line[i..]).ToString()))
            {
                return ReadNumber(line, start, i, raw);
            }
        }
        while (i < line.Length && char.IsLetterOrDigit(line[i]) && !ScriptClassifier.IsCjk(line[i])) i++;
        AddWord(line[start..i].ToString(), raw);
        return i;
    }

    /// <summary>
    /// A Latin word with a capital or digit inside ("AeroFit", "QCC3086", "XM5"), or a capitalized
    /// one that does not start a sentence ("Auracast", "Southwater"); not a month name.
    /// </summary>
    private static bool LooksLikeName(string word, bool sentenceStart)
    {
        if (word.Length < 2 || !char.IsAsciiLetter(word[0])) return false;
        foreach (var c in word.AsSpan(1))
        {
            if (char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)) return true;
        }
        return char.IsAsciiLetterUpper(word[0]) && !sentenceStart && !DateText.IsMonthName(word);
    }

    /// <summary>A word: a currency mark, the scale of the number before it ("million", "万"), or a word of prose.</summary>
    private static void AddWord(string word, List<Raw> raw)
    {
        if (CurrencyWords.TryGetValue(word, out var code)) raw.Add(new Raw(null, code, word));
        else if (Scales.ContainsKey(word) && raw.Count > 0 && raw[^1].Bare) Scale(raw, word);
        else raw.Add(new Raw(new ChangeToken(ChangeTokenKind.Word, word.ToLowerInvariant(), word)));
    }

    /// <summary>A number from <paramref name="start"/> to <paramref name="end"/>, with the unit that follows it, if any.</summary>
    private static int ReadNumber(ReadOnlySpan<char> line, int start, int end, List<Raw> raw)
    {
        var text = line[start..end];
        var amount = NumberText.Parse(text);
        var afterSpace = end < line.Length && line[end] == ' ' ? end + 1 : end;
        if (FactExtractor.UnitAt(line[afterSpace..]) is { } unit)
        {
            var unitEnd = afterSpace + unit.Length;
            raw.Add(new Raw(new ChangeToken(ChangeTokenKind.Figure, NumberText.Normalize(text, unit.Canonical), line[start..unitEnd].ToString()) { Amount = amount }));
            return unitEnd;
        }
        raw.Add(new Raw(new ChangeToken(ChangeTokenKind.Figure, NumberText.Normalize(text), text.ToString()) { Amount = amount }, Bare: amount is not null));
        return end;
    }

    /// <summary>Where the digits and separators from <paramref name="start"/> end; a separator counts only between digits ("1,600", "0.78", not "20." at a sentence end).</summary>
    private static int NumberEnd(ReadOnlySpan<char> line, int start)
    {
        var i = start;
        while (i < line.Length && (NumberText.IsDigit(line[i])
            || line[i] is '.' or ',' or '．' or '，' && i + 1 < line.Length && NumberText.IsDigit(line[i + 1])))
        {
            i++;
        }
        return i;
    }

    private static ReadOnlySpan<char> LetterRun(ReadOnlySpan<char> text)
    {
        var n = 0;
        while (n < text.Length && char.IsAsciiLetter(text[n])) n++;
        return text[..n];
    }

    /// <summary>"1 million", "3万": the number before the scale word takes its value.</summary>
    private static void Scale(List<Raw> raw, string word)
    {
        var number = raw[^1].Token!;
        var value = number.Amount!.Value * Scales[word];
        var text = number.Text + (ScriptClassifier.IsCjk(word[0]) ? "" : " ") + word;
        raw[^1] = raw[^1] with { Token = number with { Value = NumberText.Normalize(value.ToString(System.Globalization.CultureInfo.InvariantCulture)), Text = text, Amount = value } };
    }

    /// <summary>
    /// Turns bare numbers next to a currency into prices: "USD 60", "$60", "60 USD", "60 dollars",
    /// "44,000円", and both ends of a range before a currency ("70,000-80,000 yen", "10 to 20
    /// USD"). A currency word with no number beside it stays a word.
    /// </summary>
    private static List<ChangeToken> AttachCurrencies(List<Raw> raw)
    {
        // One slot per raw token, so positions agree; a currency that joins a number leaves its slot empty.
        var tokens = raw.Select(r => r.Token).ToList();
        for (var i = 0; i < raw.Count; i++)
        {
            var currency = raw[i];
            if (currency.Currency is null) continue;
            // A symbol goes before its number ("$60", "¥5,000"); a code or word mostly after it
            // ("60 USD", "44,000円"), sometimes before ("USD 60"). Only spaces may stand between.
            var isSymbol = currency.CurrencyText!.Length == 1 && CurrencySymbols.ContainsKey(currency.CurrencyText[0]);
            var next = i + 1 < raw.Count && IsBare(i + 1) && raw[i + 1].Tight;
            var before = i > 0 && IsBare(i - 1) && currency.Tight;
            if (next && (isSymbol || !before))
            {
                tokens[i + 1] = AsPrice(tokens[i + 1]!, currency);
            }
            else if (before)
            {
                // The number (or range) just before.
                tokens[i - 1] = AsPrice(tokens[i - 1]!, currency);
                var low = -1;
                if (raw[i - 1].EndsRange) low = i - 2;
                else if (i >= 3 && raw[i - 2].Token is { Kind: ChangeTokenKind.Word, Value: "to" }) low = i - 3;
                if (low >= 0 && IsBare(low)) tokens[low] = AsPrice(tokens[low]!, currency);
            }
            else if (i > 0 && currency.Tight && tokens[i - 1] is { Kind: ChangeTokenKind.Price } price && price.Currency == currency.Currency)
            {
                tokens[i] = null; // "$11,000 USD": the currency said twice
            }
            else if (VagueAmountBefore(raw, i) is { } word)
            {
                // "several hundred thousand yen", "tens of thousands of yen": a price without a figure.
                tokens[i] = new ChangeToken(ChangeTokenKind.Price, $"{word.Value} {currency.Currency}", $"{word.Text} {currency.CurrencyText}", currency.Currency);
            }
            else
            {
                tokens[i] = new ChangeToken(ChangeTokenKind.Word, currency.CurrencyText.ToLowerInvariant(), currency.CurrencyText);
            }
        }
        return tokens.OfType<ChangeToken>().ToList();

        bool IsBare(int at) => raw[at].Bare && tokens[at] is { Kind: ChangeTokenKind.Figure };
    }

    private static ChangeToken? VagueAmountBefore(List<Raw> raw, int i)
    {
        var j = i - 1;
        if (j >= 0 && raw[j].Token is { Kind: ChangeTokenKind.Word, Value: "of" }) j--;
        return j >= 0 && raw[j].Token is { Kind: ChangeTokenKind.Word } word && VagueAmounts.Contains(word.Value) ? word : null;
    }

    private static ChangeToken AsPrice(ChangeToken number, Raw currency) =>
        new(ChangeTokenKind.Price, $"{number.Value} {currency.Currency}", $"{number.Text} {currency.CurrencyText}", currency.Currency) { Amount = number.Amount };

    /// <summary>The length of a citation marker <c>[12]</c> at the start of <paramref name="text"/>, or 0 (a link text "[1](url)" is not one).</summary>
    private static int MarkerLength(ReadOnlySpan<char> text)
    {
        var j = 1;
        while (j < text.Length && j <= 3 && NumberText.IsDigit(text[j])) j++;
        if (j == 1 || j >= text.Length || text[j] is not (']' or '］')) return 0;
        if (j + 1 < text.Length && text[j + 1] == '(') return 0;
        return j + 1;
    }
}
