using DiffPlex;

namespace ReviewI18n.Drift;

/// <summary>
/// Tells what kind of edit a source section went through, by comparing the tokens
/// (<see cref="ChangeTokenizer"/>) of its old and new text:
/// <list type="number">
/// <item>an old text mostly in the translation's script was translated into the source language
/// (<see cref="SourceChangeKind.SourceTranslated"/>): the translation is the original;</item>
/// <item>no token changed: <see cref="SourceChangeKind.Formatting"/>;</item>
/// <item>words changed: <see cref="SourceChangeKind.Meaning"/>;</item>
/// <item>a figure, score, marker or URL changed: <see cref="SourceChangeKind.Figures"/>;</item>
/// <item>only prices changed: <see cref="SourceChangeKind.Prices"/>. A translation states prices in
/// its own currency, so neither a conversion nor a recomputed amount is work for it. Bare numbers
/// in a section whose prices were converted count as prices when old and new are a plausible
/// exchange rate apart (the "CP = 32,175 ÷ 40,378" of a yen computation redone in dollars).</item>
/// </list>
/// A figure change the translation already shows (every new figure is there, no dropped one
/// is) needs no work either.
/// </summary>
public static class ChangeClassifier
{
    /// <summary>
    /// Above this share of the translation locale's own letters, an old source text was written in
    /// that language (a third of it is enough when the new text has none left: a reference list
    /// whose Japanese notes were translated).
    /// </summary>
    public const double SourceInTargetShare = 0.15;

    /// <summary>How far apart two amounts of one price in two currencies may be: the site's own validator takes 50-250 yen per dollar; a little room either side.</summary>
    private const decimal MinRate = 40m, MaxRate = 300m;

    /// <param name="oldText">The source section at the baseline; null when unknown.</param>
    /// <param name="newText">The source section now; empty for a removed section.</param>
    /// <param name="translationText">The translation's section now; null when not wanted.</param>
    /// <param name="locale">What is known of the translation's locale.</param>
    public static SourceChange Classify(string? oldText, string newText, string? translationText, TranslationLocale locale)
    {
        if (oldText is null) return new SourceChange(SourceChangeKind.Unknown, []);
        if (locale.TargetShare(oldText) is { } before && (locale.TargetShare(newText) ?? 0) is var after
            && (before >= SourceInTargetShare && after < before / 2 || before >= SourceInTargetShare / 3 && after == 0))
        {
            return new SourceChange(SourceChangeKind.SourceTranslated, []);
        }

        var oldTokens = ChangeTokenizer.Tokenize(oldText);
        var newTokens = ChangeTokenizer.Tokenize(newText);
        // A source in the translation's country that the source dropped (a Japanese shop cited for a yen
        // price): each locale cites its own, so the sources the source cites instead are no change either.
        var newUrls = newTokens.Where(t => t.Kind == ChangeTokenKind.Url).Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
        var localSwap = oldTokens.Any(t => t.Kind == ChangeTokenKind.Url && !newUrls.Contains(t.Value) && locale.IsLocalSource(t.Value));
        var changes = new Changes(localSwap);
        var (oldScore, newScore) = (ScoreOf(oldTokens), ScoreOf(newTokens));
        if (oldScore is not null && newScore is not null && oldScore != newScore) changes.Figures.Add(($"score {oldScore}", $"score {newScore}"));

        foreach (var (removed, added, nearPrice) in Hunks(Unscored(oldTokens), Unscored(newTokens))) changes.Add(removed, added, nearPrice);
        changes.Settle();

        // The translation is read only when words or figures changed: most changes are prices.
        var needsTranslation = changes.Words > 0 || changes.Figures.Count > 0;
        var translation = translationText is null || !needsTranslation ? null : ChangeTokenizer.Tokenize(translationText);
        var factsShown = translation is not null && Shows(translation, changes, newScore);
        var kind = changes.Words > 0 ? WordsKind(changes, oldText, newText, oldTokens, newTokens, translation, factsShown)
            : changes.Figures.Count > 0 ? SourceChangeKind.Figures
            : changes.Prices.Count > 0 ? SourceChangeKind.Prices
            : SourceChangeKind.Formatting;
        var details = kind switch
        {
            SourceChangeKind.Meaning or SourceChangeKind.Rewording => [changes.WordSummary()],
            SourceChangeKind.Figures => changes.Figures.Select(Arrow).ToList(),
            SourceChangeKind.Prices => changes.Prices.Select(Arrow).ToList(),
            _ => (IReadOnlyList<string>)[],
        };
        return new SourceChange(kind, details, kind == SourceChangeKind.Figures && factsShown);
    }

    /// <summary>Above this share of changed words, a change of wording is a rewrite.</summary>
    public const double RewriteShare = 0.5;

    /// <summary>
    /// Words changed. In order, the first that applies:
    /// <list type="number">
    /// <item>a name or figure the change brings in is missing from the translation: meaning;</item>
    /// <item>the change brings in names or figures and the translation has them all, or it drops
    /// names none of which the translation still has: the translation already says the new text
    /// (on this site, a source edited to match its translation): rewording;</item>
    /// <item>whole sentences were added, or dropped, that are not a rewording of another
    /// (<see cref="SentenceNovelty"/>; twice as many one way as the other): a claim added or
    /// dropped: meaning;</item>
    /// <item>half the words or more changed: a rewrite: meaning;</item>
    /// <item>otherwise a rewording of the same claims.</item>
    /// </list>
    /// </summary>
    private static SourceChangeKind WordsKind(Changes changes, string oldText, string newText, IReadOnlyList<ChangeToken> oldTokens,
        IReadOnlyList<ChangeToken> newTokens, IReadOnlyList<ChangeToken>? translation, bool factsShown)
    {
        if (translation is null) return SourceChangeKind.Meaning;
        var translated = translation.Where(t => t.Kind == ChangeTokenKind.Word).Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
        var namesMissing = changes.AddedNames.Any(n => !translated.Contains(n));
        var factsMissing = changes.Figures.Count > 0 && !factsShown;
        if (namesMissing || factsMissing) return SourceChangeKind.Meaning;

        var alreadyAdded = changes.AddedNames.Count + changes.AddedFacts.Count > 0;
        var alreadyDropped = changes.RemovedNames.Count > 0 && !changes.RemovedNames.Any(translated.Contains);
        if (alreadyAdded || alreadyDropped) return SourceChangeKind.Rewording;

        var (added, dropped) = (SentenceNovelty.NovelSentences(newText, oldText), SentenceNovelty.NovelSentences(oldText, newText));
        if (added >= 2 * dropped && added > 0 || dropped >= 2 * added && dropped > 0) return SourceChangeKind.Meaning;

        var words = oldTokens.Count(t => t.Kind == ChangeTokenKind.Word) + newTokens.Count(t => t.Kind == ChangeTokenKind.Word);
        return changes.Words >= RewriteShare * Math.Max(1, words) ? SourceChangeKind.Meaning : SourceChangeKind.Rewording;
    }

    private static string Arrow((string? Old, string? New) change) => change switch
    {
        ({ } o, { } n) => $"{o} → {n}",
        (null, { } n) => $"added {n}",
        ({ } o, _) => $"removed {o}",
        _ => "",
    };

    private static string? ScoreOf(IReadOnlyList<ChangeToken> tokens) =>
        tokens.FirstOrDefault(t => t.Kind == ChangeTokenKind.Score)?.Value;

    private static List<ChangeToken> Unscored(IReadOnlyList<ChangeToken> tokens) =>
        tokens.Where(t => t.Kind != ChangeTokenKind.Score).ToList();

    /// <summary>The runs of removed and added tokens of a token-level diff, and whether a price is in or beside the run.</summary>
    private static IEnumerable<(List<ChangeToken> Removed, List<ChangeToken> Added, bool NearPrice)> Hunks(List<ChangeToken> before, List<ChangeToken> after)
    {
        // DiffPlex diffs "pieces": each token becomes one piece, named by its kind and value.
        const char Separator = '\u0001';
        static string Joined(List<ChangeToken> tokens) => string.Join(Separator, tokens.Select(t => $"{(int)t.Kind}:{t.Value}"));
        var diff = new Differ().CreateCustomDiffs(Joined(before), Joined(after), false, s => s.Length == 0 ? [] : s.Split(Separator));
        foreach (var block in diff.DiffBlocks)
        {
            var nearPrice = HasPrice(before, block.DeleteStartA, block.DeleteCountA) || HasPrice(after, block.InsertStartB, block.InsertCountB);
            yield return (before.GetRange(block.DeleteStartA, block.DeleteCountA), after.GetRange(block.InsertStartB, block.InsertCountB), nearPrice);
        }
    }

    /// <summary>Whether a price is among the tokens from <paramref name="start"/> on, or among the few either side.</summary>
    private static bool HasPrice(List<ChangeToken> tokens, int start, int count)
    {
        const int Beside = 3;
        var from = Math.Max(0, start - Beside);
        var to = Math.Min(tokens.Count, start + count + Beside);
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Kind == ChangeTokenKind.Price) return true;
        }
        return false;
    }

    /// <summary>Whether the translation shows every figure the change added and none that it dropped.</summary>
    private static bool Shows(IReadOnlyList<ChangeToken> translation, Changes changes, string? newScore)
    {
        var values = translation.Where(t => t.Kind != ChangeTokenKind.Word).Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
        if (newScore is not null && ScoreOf(translation) is { } score && score != newScore) return false;
        return changes.AddedFacts.All(values.Contains) && !changes.DroppedFacts.Any(values.Contains);
    }

    /// <summary>What the hunks of one section changed, tallied by kind.</summary>
    private sealed class Changes(bool localSwap)
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
            return rate is >= MinRate and <= MaxRate;
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
            removed.Count > 0 && removed.Count(t => ChangeTokenizer.IsCjk(t.Value[0])) * 2 >= removed.Count
            && added.Count(t => ChangeTokenizer.IsCjk(t.Value[0])) * 5 < Math.Max(1, added.Count);

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
}
