using Humanizer;
using ReviewI18n.Text;

namespace ReviewI18n.Reports;

/// <summary>
/// How big a translation job is: words of Latin-script text and characters of CJK text (Japanese
/// has no spaces, so its size is told in characters), said the way a person says it.
/// </summary>
public readonly record struct JobSize(int Words, int Characters)
{
    public static JobSize Zero => default;

    public bool IsEmpty => Words == 0 && Characters == 0;

    public static JobSize operator +(JobSize a, JobSize b) => new(a.Words + b.Words, a.Characters + b.Characters);

    public static JobSize Of(ReadOnlySpan<char> text)
    {
        var words = 0;
        var characters = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (ScriptClassifier.IsCjk(c))
            {
                characters++;
                inWord = false;
            }
            else if (char.IsLetterOrDigit(c))
            {
                if (!inWord) words++;
                inWord = true;
            }
            else if (!(inWord && c is '\'' or '’' or '-' or '.'))
            {
                inWord = false;
            }
        }
        return new JobSize(words, characters);
    }

    /// <summary>"12 words", "about 1,200 words", "about 3,400 characters", "about 900 words and 40 characters".</summary>
    public string Humanize()
    {
        if (IsEmpty) return "nothing to translate";
        var parts = new List<string>(2);
        if (Words > 0) parts.Add(Say(Words, "word"));
        if (Characters > 0) parts.Add(Say(Characters, "character"));
        return string.Join(" and ", parts);
    }

    public override string ToString() => Humanize();

    private static string Say(int n, string unit)
    {
        var rounded = Round(n);
        var said = unit.ToQuantity(rounded, "N0", System.Globalization.CultureInfo.InvariantCulture);
        return rounded == n ? said : "about " + said;
    }

    /// <summary>Two significant figures above a hundred: nobody needs to hear "1,237 words".</summary>
    internal static int Round(int n)
    {
        if (n < 100) return n;
        var step = (int)Math.Pow(10, Math.Floor(Math.Log10(n)) - 1);
        return (int)Math.Round((double)n / step, MidpointRounding.AwayFromZero) * step;
    }
}
