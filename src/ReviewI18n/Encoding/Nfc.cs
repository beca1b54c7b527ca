using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;

namespace ReviewI18n.Encodings;

/// <summary>
/// Unicode NFC from the tables in <see cref="NfcData"/>: canonical decomposition, canonical
/// ordering, canonical composition (Hangul syllables algorithmically). Needed because the CLI
/// runs with InvariantGlobalization, where string.Normalize returns its input unchanged.
/// </summary>
internal static class Nfc
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7, LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly Dictionary<int, int[]> Decompositions = Parse(NfcData.Decompositions, v => v.Split('.').Select(Hex).ToArray());
    private static readonly Dictionary<int, int> Classes = Parse(NfcData.CombiningClasses, v => int.Parse(v, CultureInfo.InvariantCulture));
    private static readonly Dictionary<long, int> Compositions = NfcData.Compositions.Split(' ').Select(t => t.Split(':')).ToDictionary(
        p => Key(Hex(p[0].Split('.')[0]), Hex(p[0].Split('.')[1])), p => Hex(p[1]));
    private static readonly HashSet<int> Seconds = [.. Compositions.Keys.Select(k => (int)(k & 0x1FFFFF))];

    /// <summary>BMP characters that may make a text not NFC, or change under NFC; everything else is skipped.</summary>
    private static readonly bool[] Suspect = BuildSuspects();

    public static bool MayChange(char c) => Suspect[c];

    /// <summary>Whether the character continues the segment of the starter before it (a mark, or a second half that composes).</summary>
    public static bool Continues(int codePoint) =>
        ClassOf(codePoint) > 0 || Seconds.Contains(codePoint) || codePoint is (>= VBase and < VBase + VCount) or (> TBase and < TBase + TCount);

    public static string Normalize(string text)
    {
        var decomposed = new List<int>(text.Length + 4);
        foreach (var rune in text.EnumerateRunes()) Decompose(rune.Value, decomposed);
        Reorder(decomposed);
        var composed = Compose(decomposed);
        var builder = new StringBuilder(text.Length);
        foreach (var cp in composed) builder.Append(char.ConvertFromUtf32(cp));
        return builder.ToString();
    }

    private static void Decompose(int cp, List<int> output)
    {
        if (cp is >= SBase and < SBase + SCount)
        {
            var s = cp - SBase;
            output.Add(LBase + s / NCount);
            output.Add(VBase + s % NCount / TCount);
            if (s % TCount != 0) output.Add(TBase + s % TCount);
            return;
        }
        if (Decompositions.TryGetValue(cp, out var parts)) output.AddRange(parts);
        else output.Add(cp);
    }

    private static List<int> DecomposeAll(int cp)
    {
        var list = new List<int>(4);
        Decompose(cp, list);
        Reorder(list);
        return list;
    }

    private static void Reorder(List<int> cps)
    {
        for (var i = 1; i < cps.Count; i++)
        {
            for (var j = i; j > 0 && ClassOf(cps[j]) is var c && c > 0 && ClassOf(cps[j - 1]) > c; j--)
            {
                (cps[j], cps[j - 1]) = (cps[j - 1], cps[j]);
            }
        }
    }

    private static List<int> Compose(List<int> cps)
    {
        var output = new List<int>(cps.Count);
        var starter = -1;
        foreach (var cp in cps)
        {
            var cls = ClassOf(cp);
            if (starter >= 0)
            {
                var last = output[^1];
                var blocked = output.Count - 1 > starter && (ClassOf(last) == 0 || ClassOf(last) >= cls);
                if (!blocked && TryCompose(output[starter], cp, out var composite))
                {
                    output[starter] = composite;
                    continue;
                }
            }
            if (cls == 0) starter = output.Count;
            output.Add(cp);
        }
        return output;
    }

    private static bool TryCompose(int first, int second, out int composite)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
        {
            composite = SBase + ((first - LBase) * VCount + (second - VBase)) * TCount;
            return true;
        }
        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0 && second is > TBase and < TBase + TCount)
        {
            composite = first + (second - TBase);
            return true;
        }
        return Compositions.TryGetValue(Key(first, second), out composite);
    }

    private static int ClassOf(int cp) => Classes.GetValueOrDefault(cp);

    private static long Key(int first, int second) => (long)first << 21 | (uint)second;

    private static int Hex(string s) => int.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static Dictionary<int, T> Parse<T>(string data, Func<string, T> value) =>
        data.Split(' ').Select(t => t.Split(':')).ToDictionary(p => Hex(p[0]), p => value(p[1]));

    // Runs over every character of every file: compiled optimised at once, not after tiering.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool[] BuildSuspects()
    {
        var suspect = new bool[65536];
        // A precomposed character that NFC keeps (が, é) only matters with a mark after it, and the
        // mark is a suspect itself; so only characters NFC changes on their own are listed.
        var changing = Decompositions.Keys.Where(cp => Compose(DecomposeAll(cp)) is var c && (c.Count != 1 || c[0] != cp));
        foreach (var cp in changing.Concat(Classes.Keys).Concat(Seconds))
        {
            if (cp < 0x10000) suspect[cp] = true;
            else suspect[char.ConvertFromUtf32(cp)[0]] = true;
        }
        // Jamo that compose into syllables, and the high surrogates of supplementary characters above.
        for (var c = VBase; c < VBase + VCount; c++) suspect[c] = true;
        for (var c = TBase + 1; c < TBase + TCount; c++) suspect[c] = true;
        // Precomposed Latin-1 letters are already NFC and common: leave them to the marks after them.
        for (var c = 0xC0; c <= 0xFF; c++) suspect[c] = false;
        return suspect;
    }
}
