using ReviewI18n.Text;

namespace ReviewI18n.Drift;

/// <summary>
/// What the hunks of one section's change altered, tallied by kind for <see cref="ChangeClassifier"/>:
/// words (the price context, articles, spelling fixes and translated leftovers aside), names,
/// figures with what the translation must show, and prices.
/// </summary>
internal sealed class ChangeTally(bool localSwap)
{
    /// <summary>Names the change brought in and names it dropped (case-folded), prices' context aside.</summary>
    public readonly HashSet<string> AddedNames = new(StringComparer.Ordinal);
    public readonly HashSet<string> RemovedNames = new(StringComparer.Ordinal);

    public int Words => RemovedWords.Count + AddedWords.Count;
    public readonly List<string> AddedWords = [];
    public readonly List<string> RemovedWords = [];
    public readonly List<(string? Old, string? New)> Figures = [];
    public readonly List<(string? Old, string? New)> Prices = [];
    public readonly HashSet<string> AddedFacts = new(StringComparer.Ordinal);
    public readonly HashSet<string> DroppedFacts = new(StringComparer.Ordinal);

    /// <summary>Bare numbers and percentages that changed one for one, held until every hunk is seen: they may be prices restated or worked out again.</summary>
    private readonly List<(ChangeToken Old, ChangeToken New)> _bareNumbers = [];

    /// <summary>The amounts of every price pair, old and new, to recognize them restated as bare numbers ("CP = 20,000 ÷ 100,000").</summary>
    private readonly HashSet<(decimal, decimal)> _priceAmounts = [];

    public void Add(List<ChangeToken> removed, List<ChangeToken> added, bool nearPrice)
    {
        var (oldPrices, newPrices) = (removed.Where(IsPrice).ToList(), added.Where(IsPrice).ToList());
        Pair(oldPrices, newPrices, Prices);
        foreach (var (o, n) in oldPrices.Zip(newPrices))
        {
            if (o.Amount is { } a && n.Amount is { } b) _priceAmounts.Add((a, b));
        }

        // In a hunk in or beside a price, the words and bare numbers are the price's context:
        // "approx.", "as of July 2025", "(converted from 8,580 JPY at 150 JPY/USD)".
        var pricing = nearPrice;
        var words = (Removed: removed.Where(t => Counts(t, pricing)).ToList(), Added: added.Where(t => Counts(t, pricing)).ToList());
        if (!IsLeftoverTranslated(words.Removed, words.Added) && !IsSpellingFix(words.Removed, words.Added))
        {
            RemovedWords.AddRange(words.Removed.Select(w => w.Text));
            AddedWords.AddRange(words.Added.Select(w => w.Text));
            AddedNames.UnionWith(words.Added.Where(w => w.IsName).Select(w => w.Value));
            RemovedNames.UnionWith(words.Removed.Where(w => w.IsName).Select(w => w.Value));
            AddedNames.ExceptWith(words.Removed.Select(w => w.Value));
            RemovedNames.ExceptWith(words.Added.Select(w => w.Value));
        }

        bool Counted(ChangeToken t) => IsFact(t) && !(pricing && IsBare(t))
            && !(t.InReference && t.Kind != ChangeTokenKind.Url) && !(localSwap && t.Kind == ChangeTokenKind.Url);
        var oldFacts = removed.Where(Counted).ToList();
        var newFacts = added.Where(Counted).ToList();
        if (oldFacts.Count == newFacts.Count && oldFacts.Zip(newFacts).All(p => MayComeFromPrices(p.First) && MayComeFromPrices(p.Second)))
        {
            _bareNumbers.AddRange(oldFacts.Zip(newFacts));
            return;
        }
        AddFacts(oldFacts, newFacts);
    }

    /// <summary>
    /// Facts, except that a whole number without a unit is read as a word: it is a model number
    /// ("Air Pro 4"), a count or a year as often as a figure, and a translation may write it in words.
    /// </summary>
    private void AddFacts(List<ChangeToken> removed, List<ChangeToken> added)
    {
        AddFigures(removed.Where(t => !IsWholeNumber(t)).ToList(), added.Where(t => !IsWholeNumber(t)).ToList());
        RemovedWords.AddRange(removed.Where(IsWholeNumber).Select(t => t.Text));
        AddedWords.AddRange(added.Where(IsWholeNumber).Select(t => t.Text));
    }

    /// <summary>
    /// Settles what needed every hunk. Bare numbers held back are prices when a price of the
    /// section changed and they are that price restated, a plausible exchange rate apart, or a
    /// ratio below 10 worked out from prices (a cost-performance "0.294 → 0.301" after a
    /// conversion); a percentage is when it moved by a point or a twentieth at most. Figures otherwise.
    /// </summary>
    public void Settle()
    {
        // A name moved from one place to another was neither added nor dropped.
        var moved = AddedNames.Intersect(RemovedNames, StringComparer.Ordinal).ToList();
        AddedNames.ExceptWith(moved);
        RemovedNames.ExceptWith(moved);

        foreach (var (old, @new) in _bareNumbers)
        {
            var (a, b) = (old.Amount!.Value, @new.Amount!.Value);
            var fromPrices = Prices.Count > 0 && (IsPercent(old)
                ? Math.Abs(a - b) <= Math.Max(1m, a / 20) // a share of a price, worked out again: "40%" → "39%"
                : _priceAmounts.Contains((a, b)) || IsConversion(a, b) || a < 10 && b < 10);
            if (fromPrices) Prices.Add((old.Text, @new.Text));
            else AddFacts([old], [@new]);
        }
    }

    public string WordSummary()
    {
        static string Quote(List<string> words) => "\"" + string.Join(' ', words.Take(8)) + (words.Count > 8 ? " …" : "") + "\"";
        return (RemovedWords.Count, AddedWords.Count) switch
        {
            (0, _) => $"added {Quote(AddedWords)}",
            (_, 0) => $"removed {Quote(RemovedWords)}",
            _ => $"{Quote(RemovedWords)} → {Quote(AddedWords)}",
        };
    }

    private void AddFigures(List<ChangeToken> removed, List<ChangeToken> added)
    {
        if (removed.Count + added.Count == 0) return;
        Pair(removed, added, Figures);
        foreach (var t in added) AddedFacts.Add(t.Value);
        // A citation the source dropped and the translation keeps is fact-mismatch's business, not
        // drift's; a date the source dropped is a time stamp ("(2025.7.27)"), not a claim.
        foreach (var t in removed.Where(t => t.Kind != ChangeTokenKind.Marker && !DateText.IsCanonical(t.Value))) DroppedFacts.Add(t.Value);
        DroppedFacts.ExceptWith(AddedFacts);
    }

    private static void Pair(List<ChangeToken> removed, List<ChangeToken> added, List<(string?, string?)> into)
    {
        for (var i = 0; i < Math.Max(removed.Count, added.Count); i++)
        {
            into.Add((i < removed.Count ? removed[i].Text : null, i < added.Count ? added[i].Text : null));
        }
    }

    private static bool IsConversion(decimal a, decimal b)
    {
        if (a <= 0 || b <= 0) return false;
        var rate = a > b ? a / b : b / a;
        return rate is >= ChangeClassifier.MinRate and <= ChangeClassifier.MaxRate;
    }

    private static bool IsPrice(ChangeToken t) => t.Kind == ChangeTokenKind.Price;

    private static bool IsWord(ChangeToken t) => t.Kind is ChangeTokenKind.Word or ChangeTokenKind.Code;

    private static bool IsFact(ChangeToken t) => t.Kind is ChangeTokenKind.Figure or ChangeTokenKind.Marker or ChangeTokenKind.Url;

    /// <summary>A bare number or a percentage: what a computation from prices gives.</summary>
    private static bool MayComeFromPrices(ChangeToken t) => IsBare(t) || IsPercent(t);

    private static bool IsPercent(ChangeToken t) => t.Kind == ChangeTokenKind.Figure && t.Amount is not null && t.Value.EndsWith('%');

    private static bool IsWholeNumber(ChangeToken t) => IsBare(t) && !t.Text.Contains('.', StringComparison.Ordinal);

    private static bool IsBare(ChangeToken t) => t.Kind == ChangeTokenKind.Figure && t.Amount is not null && t.Value == Facts.NumberText.Normalize(t.Amount.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// Whether a word counts as a change of meaning: not in a reference entry (only its URL counts),
    /// not an article ("a" → "the" is grammar), and in a hunk that changes a price, not one of the
    /// words that go with a price.
    /// </summary>
    private static bool Counts(ChangeToken t, bool pricing) =>
        IsWord(t) && !t.InReference && !Articles.Contains(t.Value) && !(pricing && PriceWords.Contains(t.Value));

    /// <summary>Words of the translation's script replaced by source-language words: text the source had left untranslated was translated, and the translation already says it.</summary>
    private static bool IsLeftoverTranslated(List<ChangeToken> removed, List<ChangeToken> added) =>
        removed.Count > 0 && removed.Count(t => ScriptClassifier.IsCjk(t.Value[0])) * 2 >= removed.Count
        && added.Count(t => ScriptClassifier.IsCjk(t.Value[0])) * 5 < Math.Max(1, added.Count);

    /// <summary>One word for another a letter or two apart ("WATTEGATE" → "WATTGATE"): a spelling fix.</summary>
    private static bool IsSpellingFix(List<ChangeToken> removed, List<ChangeToken> added) =>
        removed.Count == 1 && added.Count == 1 && removed[0].Value.Length >= 5 && EditDistance(removed[0].Value, added[0].Value) <= 2;

    private static int EditDistance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "a", "an", "the" };

    /// <summary>Words that go with a price: qualifiers, the words of a conversion note, dates, vague amounts.</summary>
    private static readonly HashSet<string> PriceWords = new(StringComparer.Ordinal)
    {
        "approx", "approximately", "about", "around", "roughly", "nearly", "almost", "circa", "ca", "est", "estimated", "under", "over",
        "equivalent", "equiv", "to", "converted", "conversion", "from", "at", "as", "of", "or", "per", "rate", "exchange", "based", "on",
        "in", "japan", "japanese", "domestic", "market", "research", "time", "current", "currently", "then",
        "price", "prices", "priced", "retail", "street", "list", "msrp", "tax", "incl", "including", "excluding", "unit", "units", "pair", "each",
        "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "dozen", "dozens", "tens", "few", "several",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "約", "円", "換", "算", "当", "時",
    };
}
