namespace ReviewI18n.Facts;

/// <summary>
/// The claim a citation marker backs: the text before the marker, back to the start of its
/// sentence or line, or to the marker before it (<c>199 USD [1], and 0.1 % THD [2]</c>: the claim
/// of <c>[2]</c> is the THD).
/// </summary>
public static class ClaimText
{
    /// <summary>The claim before the marker at <paramref name="markerOffset"/> in <paramref name="text"/>.</summary>
    public static ReadOnlySpan<char> Before(string text, int markerOffset)
    {
        var start = Math.Min(markerOffset, text.Length);
        while (start > 0)
        {
            var c = text[start - 1];
            if (c is '\n' or '。' or ']' or '］') break;
            // A full stop ends a sentence when white space follows it; 1.5 and v2.0 do not.
            if (c is '.' or '!' or '?' && start < markerOffset && char.IsWhiteSpace(text[start])) break;
            start--;
        }
        return text.AsSpan(start, Math.Min(markerOffset, text.Length) - start).TrimStart();
    }

    /// <summary>Whether the claim of the marker at <paramref name="markerOffset"/> states a price: the source cited is a price source.</summary>
    public static bool StatesPrice(string text, int markerOffset) => PriceText.Mentions(Before(text, markerOffset));
}
