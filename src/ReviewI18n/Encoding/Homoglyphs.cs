namespace ReviewI18n.Encodings;

/// <summary>Cyrillic and Greek letters that look like Latin ones, with the Latin letter they imitate.</summary>
internal static class Homoglyphs
{
    private static readonly Dictionary<char, char> ToLatin = new()
    {
        // Lower-case в, к, м, н, т look like small capitals, not like Latin letters: left out.
        ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['у'] = 'y', ['х'] = 'x', ['і'] = 'i', ['ј'] = 'j', ['ѕ'] = 's', ['ԁ'] = 'd', ['һ'] = 'h', ['ԛ'] = 'q', ['ԝ'] = 'w', ['ӏ'] = 'l',
        ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H', ['О'] = 'O', ['Р'] = 'P', ['С'] = 'C',
        ['Т'] = 'T', ['У'] = 'Y', ['Х'] = 'X', ['І'] = 'I', ['Ј'] = 'J', ['Ѕ'] = 'S', ['Ԁ'] = 'D',
        ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Ζ'] = 'Z', ['Η'] = 'H', ['Ι'] = 'I', ['Κ'] = 'K', ['Μ'] = 'M', ['Ν'] = 'N',
        ['Ο'] = 'O', ['Ρ'] = 'P', ['Τ'] = 'T', ['Υ'] = 'Y', ['Χ'] = 'X', ['ο'] = 'o', ['ν'] = 'v', ['ι'] = 'i', ['κ'] = 'k', ['ρ'] = 'p',
    };

    public static bool IsLatinLookalike(char c) => ToLatin.ContainsKey(c);

    /// <summary>The word with every lookalike replaced by its Latin letter, or null when a letter has none.</summary>
    public static string? Latinize(string word, Func<char, bool> isForeign)
    {
        var chars = word.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!isForeign(chars[i])) continue;
            if (!ToLatin.TryGetValue(chars[i], out var latin)) return null;
            chars[i] = latin;
        }
        return new string(chars);
    }
}
