using System.Runtime.CompilerServices;
using System.Text;
using ReviewI18n.Text;

namespace ReviewI18n.Encodings;

/// <summary>
/// Finds text that went through a wrong decoding and repairs it. The scan reads one table entry
/// per non-ASCII character and finds nothing on clean text; only a character that could start
/// damage (<see cref="Seed"/>) gets the trials: turn the run back into the bytes it was read
/// from, decode those bytes strictly in the encoding they were written in, and keep the result
/// only when it is plausible and clearly fits the locale better (<see cref="Plausibility"/>).
/// </summary>
public static class MojibakeDetector
{
    /// <summary>
    /// The longest run one trial reads. A longer damaged stretch becomes several findings in a
    /// row; the cap keeps a rejected trial from making the scan quadratic on a huge odd file.
    /// </summary>
    internal const int MaxRun = 2048;

    /// <summary>How much less odd a repair must be than the damage: one character's worth.</summary>
    private const double Margin = 1.0;

    /// <summary>The damaged runs in a text, in text order.</summary>
    public static IReadOnlyList<MojibakeRun> Find(string text, LocaleScripts locale, Func<ProseMask> mask) =>
        TextSurvey.Of(text, locale, mask).Mojibake;

    /// <summary>
    /// The damaged run that starts at <paramref name="i"/>, a character that could start damage,
    /// or null. Trials are cheap and rarely succeed; the code and URL mask is asked for only when
    /// one does.
    /// </summary>
    // Called for every seed, hundreds of thousands over a Japanese site: compiled optimised at once.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static MojibakeRun? RunAt(string text, int i, LocaleScripts locale, Func<ProseMask> mask)
    {
        var seed = ByteTables.Seeds[text[i]];
        // Three seeds in four on the real site: a kanji of Japanese prose whose EUC-JP bytes spell
        // UTF-8. The EUC-JP trial would reject it first thing; it is settled here without one.
        if (seed == Seed.Utf8AsEucJp && Utf8Misreads.IsLoneKanjiAmongJapanese(text, i, ByteTables.EucJpBytes)) return null;
        var best = Best(text, i, seed, locale);
        if (best is not { Run: var run } || (mask().Overlaps(run.Start, run.End) && !MadeTheCodeSpans(text, run, mask()))) return null;
        return run;
    }

    /// <summary>
    /// Shift_JIS writes a backtick as the trail byte of some characters (チ is 0x83 0x60): read as
    /// Latin, two of them on a line look like a code span. When the repair keeps none of the run's
    /// backticks, each was half of a character, and a code span that opens at one is the damage's
    /// own making.
    /// </summary>
    private static bool MadeTheCodeSpans(string text, MojibakeRun run, ProseMask mask) =>
        run.Damaged.Contains('`') && !run.Repaired.Contains('`') && mask.OnlyCodeSpansOpenedIn(text, run.Start, run.End);

    private static Candidate? Best(string text, int i, Seed seed, LocaleScripts locale)
    {
        Candidate? best = null;
        // Most seeds are a dash, a quote or an accented letter before plain ASCII. A UTF-8 lead
        // byte needs a continuation byte after it, and an EUC-JP lead a trail byte, both 0x80 or
        // above, which no ASCII character stands for: after ASCII only a Shift_JIS trail (which
        // may be ASCII) can follow, and the other trials are skipped.
        var beforeAscii = i + 1 >= text.Length || text[i + 1] < 0x80;
        if ((seed & Seed.Utf8AsSingleByte) != 0 && !beforeAscii)
        {
            foreach (var page in ByteTables.SingleBytePages) Keep(ref best, Utf8Misreads.AsSingleByte(text, i, page, locale), text, locale);
        }
        if ((seed & Seed.JapaneseAsLatin) != 0)
        {
            foreach (var reader in (ReadOnlySpan<int>)[CodePages.Windows1252, CodePages.Latin1])
            {
                Keep(ref best, JapaneseMisreads.AsLatin(text, i, reader, CodePages.ShiftJis, locale), text, locale);
                if (!beforeAscii) Keep(ref best, JapaneseMisreads.AsLatin(text, i, reader, CodePages.EucJp, locale), text, locale);
            }
        }
        if ((seed & Seed.Utf8AsShiftJis) != 0) Keep(ref best, Utf8Misreads.AsDoubleByte(text, i, CodePages.ShiftJis, locale), text, locale);
        if ((seed & Seed.Utf8AsEucJp) != 0) Keep(ref best, Utf8Misreads.AsDoubleByte(text, i, CodePages.EucJp, locale), text, locale);
        return best;
    }

    /// <summary>
    /// Keeps the candidate that removes the most oddness. UTF-8 misread is far more common than a
    /// Japanese code page misread, so it wins ties and near ties (one character's worth).
    /// </summary>
    private static void Keep(ref Candidate? best, Candidate? candidate, string text, LocaleScripts locale)
    {
        if (candidate is not { } c) return;
        var japanese = locale.IsJapanese;
        // Valid UTF-8 of three-byte characters or of two characters in a row, decoding to
        // ordinary characters, almost never happens by chance: such a reading beats any other.
        static double Score(Candidate x) => x.Gain + (x.Run.Misreading.WrittenIn != Misreading.Utf8 ? 0 : x.Strong ? 1000 : 1);
        // On a tie the longer run wins; outside Japanese prose, though, not a Japanese reading over
        // a UTF-8 one: a Japanese reading runs on across digits ("Î©Â±3Î©" spells 立賊3立), so it is
        // longer by nature, and English text is far more often UTF-8 read as Latin-1.
        static bool Utf8(Candidate x) => x.Run.Misreading.WrittenIn == Misreading.Utf8;
        if (best is not { } b) best = c;
        else if (Score(c) > Score(b) + 1e-9 || (Math.Abs(Score(c) - Score(b)) < 1e-9 && c.Run.Length > b.Run.Length && (japanese || Utf8(c) || !Utf8(b))))
        {
            // A Japanese reading runs on across ASCII ("“B”" spells 窶廝窶), so it is measured
            // against the UTF-8 runs that follow this one over the same stretch, not against this one alone.
            if (Utf8(b) && !Utf8(c) && Utf8Misreads.RunsInARowExplain(text, b, c.Run.End, c.Gain, locale)) return;
            best = c;
        }
    }

    /// <summary>
    /// Judges a trial: the repair must be plausible and clearly less odd than the damage. Returns
    /// the run with its gain (how much oddness the repair removes), or null.
    /// </summary>
    internal static Candidate? Judge(string text, int start, int end, string repaired, Misreading how, LocaleScripts locale, double bonus = 0)
    {
        if (end <= start || repaired.Length == 0) return null;
        var damaged = text.AsSpan(start, end - start);
        var before = start > 0 ? text[start - 1] : '\n';
        var after = end < text.Length ? text[end] : '\n';
        // Bytes decode to a rare Latin letter (Ǝ, Latin Extended-B) by chance, from two Latin-1
        // letters; but damage that holds a C1 control is no text, and in a Latin word that letter
        // is what UTF-8 spelled ("NOVÆ\u008E" is NOVƎ).
        var rareLatin = how.WrittenIn == Misreading.Utf8 && damaged.ContainsAny(ReviewI18n.Text.CharRanges.C1Controls)
            && (char.IsAsciiLetter(before) || char.IsAsciiLetter(after));
        if (!Plausibility.AllPlausible(repaired, locale, out var allExpected, rareLatin)) return null;
        var gain = bonus + Plausibility.Cost(damaged, before, after, locale) - Plausibility.Cost(repaired, before, after, locale);
        if (gain < Margin) return null;
        var run = new MojibakeRun(start, end - start, damaged.ToString(), repaired, how, allExpected);
        var strong = how.WrittenIn == Misreading.Utf8 && IsStrongUtf8(run) && repaired.EnumerateRunes().All(r => Plausibility.Of(r, locale) <= 1);
        return new Candidate(run, gain, strong);
    }

    /// <summary>
    /// Valid UTF-8 of three or more characters that decodes into a
    /// script the locale does not expect (Cyrillic in English): surely damage, but the repair
    /// is not certain. Reported, never written; it keeps a Japanese code page from "explaining"
    /// the same bytes as kanji. The foreign letters must be of one script, as a word is: bytes
    /// that spell an old Cyrillic letter and two Armenian ones did so by chance.
    /// </summary>
    internal static Candidate? Uncertain(string text, int start, int end, string repaired, Misreading how, LocaleScripts locale)
    {
        if (RuneCount(repaired) < 3 || !Plausibility.AllPlausible(repaired, locale, out var allExpected) || allExpected) return null;
        if (!OneForeignScript(repaired, locale)) return null;
        var run = new MojibakeRun(start, end - start, text[start..end], repaired, how, Certain: false);
        return new Candidate(run, 0, Strong: true);
    }

    private static bool OneForeignScript(string text, LocaleScripts locale)
    {
        Script? foreign = null;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Plausibility.Of(rune, locale) < Plausibility.UnexpectedLetter) continue;
            var script = ScriptClassifier.Of(rune);
            if (foreign is { } f && f != script) return false;
            foreign = script;
        }
        return true;
    }

    internal readonly record struct Candidate(MojibakeRun Run, double Gain, bool Strong);

    /// <summary>
    /// Two or more three-byte characters of valid UTF-8 in a row. (One is not enough: Mac Roman
    /// reads Latin-1 letters as bytes that spell one now and then, "ÂåÅ" is 匁; and two-byte
    /// characters are Latin-1 letters, which a Latin-1 reading of double damage also gives.)
    /// </summary>
    private static bool IsStrongUtf8(MojibakeRun run)
    {
        var wide = 0;
        foreach (var rune in run.Repaired.EnumerateRunes()) if (rune.Value >= 0x800) wide++;
        return wide >= 2;
    }

    private static int RuneCount(string text)
    {
        var runes = 0;
        foreach (var _ in text.EnumerateRunes()) runes++;
        return runes;
    }

    internal static int Utf8Length(int lead) => lead switch
    {
        >= 0xC2 and <= 0xDF => 2,
        >= 0xE0 and <= 0xEF => 3,
        >= 0xF0 and <= 0xF4 => 4,
        _ => 0,
    };

    internal static void Append(StringBuilder builder, System.Text.Rune rune)
    {
        Span<char> chars = stackalloc char[2];
        builder.Append(chars[..rune.EncodeToUtf16(chars)]);
    }
}
