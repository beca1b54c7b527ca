namespace ReviewI18n.Drift;

/// <summary>
/// Which sentences of one version of a section are new to the other: a sentence is novel when no
/// sentence of the other version shares at least half of its words (prices, articles and
/// punctuation and function words aside). A sentence that was reworded shares most of its words
/// with its old form; a claim added or dropped shares few with anything. Sentences of fewer than
/// three such words are too short to tell and are not counted.
/// </summary>
public static class SentenceNovelty
{
    private const int MinWords = 3;

    /// <summary>Words that carry no claim of their own: a sentence is compared by the others.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "is", "are", "was", "were", "be", "been", "has", "have", "had",
        "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "than", "which", "while",
    };

    /// <summary>After a full stop: the end of the text, or white space, possibly after closing quotes and brackets.</summary>
    private static bool EndsSentence(string text, int after)
    {
        while (after < text.Length && text[after] is '"' or '\'' or '”' or '’' or ')' or '*') after++;
        return after == text.Length || char.IsWhiteSpace(text[after]);
    }
    private const double SharedEnough = 0.5;

    /// <summary>How many sentences of <paramref name="text"/> are novel with respect to <paramref name="other"/>.</summary>
    public static int NovelSentences(string text, string other)
    {
        var theirs = Sentences(other);
        return Sentences(text).Count(mine => !theirs.Any(t => Shared(mine, t) >= SharedEnough));
    }

    private static double Shared(HashSet<string> mine, HashSet<string> theirs) =>
        (double)mine.Count(theirs.Contains) / mine.Count;

    /// <summary>The sentences of a text as sets of words and figures: split after . ! ? 。, at a colon before a capital, and at blank lines.</summary>
    private static List<HashSet<string>> Sentences(string text)
    {
        var result = new List<HashSet<string>>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length
                || text[i] is '。' or '！' or '？'
                || text[i] is '.' or '!' or '?' && EndsSentence(text, i + 1)
                || text[i] == ':' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2])
                || text[i] == '\n' && i + 1 < text.Length && text[i + 1] == '\n';
            if (!end) continue;
            var words = ChangeTokenizer.Tokenize(text.AsSpan(start, Math.Min(i + 1, text.Length) - start))
                .Where(t => t.Kind is ChangeTokenKind.Word or ChangeTokenKind.Figure && !FunctionWords.Contains(t.Value))
                .Select(t => t.Value)
                .ToHashSet(StringComparer.Ordinal);
            if (words.Count >= MinWords) result.Add(words);
            start = i + 1;
        }
        return result;
    }
}
