using System.Buffers;

namespace ReviewI18n.Text;

/// <summary>
/// Ranges of characters to search for, as <see cref="SearchValues{T}"/>. Use these rather than
/// <c>IndexOfAnyInRange</c>, <c>IndexOfAnyExceptInRange</c> and <c>ContainsAny(Except)InRange</c>
/// in code compiled ahead of time: those generic methods, compiled into our ReadyToRun image,
/// box each character they compare (2.4 million boxes, 57 MB, in a check of the real site).
/// A search through <see cref="SearchValues{T}"/> runs the runtime's own vectorized code.
/// </summary>
public static class CharRanges
{
    /// <summary><c>0</c> to <c>9</c>.</summary>
    public static readonly SearchValues<char> AsciiDigits = Range('0', '9');

    /// <summary>Printable ASCII without the space: <c>!</c> to <c>~</c>.</summary>
    public static readonly SearchValues<char> PrintableAscii = Range('!', '~');

    /// <summary>The C1 control characters, U+0080 to U+009F.</summary>
    public static readonly SearchValues<char> C1Controls = Range('\u0080', '\u009F');

    /// <summary>High and low surrogates, U+D800 to U+DFFF.</summary>
    public static readonly SearchValues<char> Surrogates = Range('\uD800', '\uDFFF');

    /// <summary>The full-width digits, U+FF10 to U+FF19.</summary>
    public static readonly SearchValues<char> FullWidthDigits = Range('０', '９');

    /// <summary>From the full-width digits to the full-width left bracket, U+FF10 to U+FF3B.</summary>
    public static readonly SearchValues<char> FullWidthDigitsToBracket = Range('０', '［');

    private static SearchValues<char> Range(char first, char last)
    {
        var chars = new char[last - first + 1];
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)(first + i);
        return SearchValues.Create(chars);
    }
}
