using ReviewI18n.Analysis;
using System.Globalization;
using System.Text.RegularExpressions;
using ReviewI18n.Configuration;
using ReviewI18n.Diagnostics;
using ReviewI18n.Facts;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Checks.Facts;

/// <summary>
/// <c>foreign-currency</c>: a price in the source locale's prose written in the currency of a
/// translation locale (<c>44,000 JPY</c>, <c>¥44,000</c>, <c>44,000円</c> in an English review), with
/// the amount converted at the band's typical rate as the suggestion. Only the source locale is
/// read: a translation may well quote the source's prices. Code and reference entries are not
/// prose, and a local price given on the same line as a price in the locale's own currency
/// ("40 USD (Japan: 5,980円)") is a reference kept on purpose. Silent without pipeline.json <c>prices</c>.
/// </summary>
public sealed partial class ForeignCurrencyCheck(PipelineConfig config) : IDocumentCheck
{
    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.ForeignCurrency];

    /// <summary>Ways each currency is written next to its amount.</summary>
    private static readonly Dictionary<string, (string[] Words, string[] Signs)> Spellings = new(StringComparer.Ordinal)
    {
        ["JPY"] = (["JPY", "yen", "円"], ["¥", "￥"]),
        ["USD"] = (["USD", "dollars"], ["$", "US$"]),
        ["EUR"] = (["EUR", "euros"], ["€"]),
        ["GBP"] = (["GBP", "pounds"], ["£"]),
        ["CNY"] = (["CNY", "RMB", "yuan", "元"], []),
        ["KRW"] = (["KRW", "won", "원"], ["₩"]),
    };

    private static readonly Dictionary<string, Regex> Patterns = new(StringComparer.Ordinal);

    public Analyses Reads => Analyses.References;

    public void Check(Content.ReviewDocument document, SiteAnalysis analysis, ICollection<Diagnostic> findings)
    {
        if (config.Prices is not { } prices || document.Locale != config.SourceLocale || document.Sections.Count == 0) return;
        if (!prices.Currencies.TryGetValue(document.Locale, out var own)) return;
        var ownPattern = PatternFor(own);
        foreach (var (locale, currency) in prices.Currencies)
        {
            if (currency == own || !prices.Rates.TryGetValue(locale, out var band) || PatternFor(currency) is not { } pattern) continue;
            var (words, signs) = Spellings[currency];
            for (var i = 0; i < document.Sections.Count; i++)
            {
                var section = document.Sections[i];
                var content = document.Text.AsSpan(section.ContentStart, section.ContentEnd - section.ContentStart);
                // Nearly every section names no foreign currency at all: a few vectorised searches tell.
                if (!Names(content, words) && !Names(content, signs)) continue;
                for (var match = pattern.Match(document.Text, section.ContentStart, content.Length); match.Success; match = match.NextMatch())
                {
                    var offset = match.Index;
                    if (analysis.Of(document).References.IsInEntry(offset) || InCode(document.Text, offset)) continue;
                    // "40 USD (Japan: 5,980円)": a local price given beside the price in this locale's currency is a reference, kept on purpose.
                    if (ownPattern is not null && ownPattern.IsMatch(LineAt(document.Text, offset))) continue;
                    if (NumberText.Parse(match.Groups["amount"].Value) is not { } amount) continue;
                    if (match.Groups["million"].Success) amount *= 1_000_000;
                    var converted = string.Create(CultureInfo.InvariantCulture, $"{Math.Round(amount / band.Typical):#,0} {own}");
                    findings.Add(Findings.Facts.ForeignCurrency(document, analysis.Of(document).Sections[i].Key, offset, match.Value.Trim(), currency, converted));
                }
            }
        }
    }

    /// <summary>
    /// Whether a text holds one of the words or signs, each searched on its own: a search for
    /// several strings at once, ignoring case, with non-ASCII ones among them, was measured 40
    /// times slower on the real site (660 ms against 15 ms).
    /// </summary>
    private static bool Names(ReadOnlySpan<char> text, string[] marks)
    {
        foreach (var mark in marks)
        {
            if (text.Contains(mark, System.Text.Ascii.IsValid(mark) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>An amount with the currency's word after it or its sign before it; word boundaries kept for Latin words.</summary>
    private static Regex? PatternFor(string currency)
    {
        lock (Patterns)
        {
            if (Patterns.TryGetValue(currency, out var known)) return known;
            if (!Spellings.TryGetValue(currency, out var spelling)) return null;
            const string Amount = @"(?<amount>\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?";
            var words = string.Join('|', spelling.Words.Select(w => char.IsAsciiLetter(w[0]) ? $@"{Regex.Escape(w)}\b" : Regex.Escape(w)));
            var signs = string.Join('|', spelling.Signs.Select(Regex.Escape));
            // An ISO code may also stand before the amount ("USD 149", "JPY 5,000"), as signs do.
            var codes = string.Join('|', spelling.Words.Where(w => w.Length == 3 && w.All(char.IsAsciiLetterUpper)).Select(Regex.Escape));
            var before = string.Join('|', new[] { signs, codes.Length > 0 ? $@"\b(?:{codes})\s" : "" }.Where(p => p.Length > 0));
            var text = $@"(?<![\w.,]){Amount}\s?(?<million>million\s)?(?:{words})" + (before.Length > 0 ? $@"|(?:{before})\s?{Amount}" : "");
            return Patterns[currency] = new Regex(text, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        }
    }

    private static string LineAt(string text, int offset)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        var end = text.IndexOf('\n', offset);
        return text[start..(end < 0 ? text.Length : end)];
    }

    /// <summary>Whether the offset is inside a code span on its line (a rough look: an odd number of backticks before it).</summary>
    private static bool InCode(string text, int offset)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        return text.AsSpan(lineStart, offset - lineStart).Count('`') % 2 == 1;
    }
}
