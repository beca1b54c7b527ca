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
    internal const decimal MinRate = 40m, MaxRate = 300m;

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
        var changes = new ChangeTally(localSwap);
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
    private static SourceChangeKind WordsKind(ChangeTally changes, string oldText, string newText, IReadOnlyList<ChangeToken> oldTokens,
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
    private static bool Shows(IReadOnlyList<ChangeToken> translation, ChangeTally changes, string? newScore)
    {
        var values = translation.Where(t => t.Kind != ChangeTokenKind.Word).Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
        if (newScore is not null && ScoreOf(translation) is { } score && score != newScore) return false;
        return changes.AddedFacts.All(values.Contains) && !changes.DroppedFacts.Any(values.Contains);
    }
}
