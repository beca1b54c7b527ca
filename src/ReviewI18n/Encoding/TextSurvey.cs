using System.Runtime.CompilerServices;


namespace ReviewI18n.Encodings;

/// <summary>
/// The one pass over a text that the encoding scans start from: which scans it needs at all
/// (<see cref="Needs"/>), its mojibake runs (trials run only where a character could start
/// damage), and the letters the script scan must judge. Printable ASCII, most of every review,
/// is skipped in vectorised strides; every other character costs one read of the locale's table.
/// Before this pass there were three (flags, mojibake seeds, script letters), each reading every
/// character of Japanese text.
/// </summary>
internal readonly record struct TextSurvey(Needs Needs, IReadOnlyList<MojibakeRun> Mojibake, IReadOnlyList<int> ScriptLetters)
{
    // Runs over every character of every file: compiled optimised at once (its ReadyToRun code,
    // which cannot inline across assemblies or hoist static reads, is half again as slow).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TextSurvey Of(string text, LocaleScripts locale, Func<ProseMask> mask)
    {
        var table = locale.CharFlags;
        var span = text.AsSpan();
        var needs = Needs.None;
        List<MojibakeRun>? runs = null;
        List<int>? letters = null;
        var i = 0;
        while ((i = NextFlagged(span, i, table)) >= 0)
        {
            var flags = table[span[i]];
            needs |= flags;
            if ((flags & Needs.Scripts) != 0) (letters ??= []).Add(i);
            if ((flags & Needs.Mojibake) != 0 && MojibakeDetector.RunAt(text, i, locale, mask) is { } run)
            {
                (runs ??= []).Add(run);
                // The run's other characters start no trial, but still count for the other scans.
                for (var k = i + 1; k < run.End; k++)
                {
                    needs |= table[span[k]];
                    if ((table[span[k]] & Needs.Scripts) != 0) (letters ??= []).Add(k);
                }
                i = run.End;
                continue;
            }
            i++;
        }
        return new TextSurvey(needs, runs ?? (IReadOnlyList<MojibakeRun>)[], letters ?? (IReadOnlyList<int>)[]);
    }

    /// <summary>
    /// The offset of the next character from <paramref name="i"/> that asks for any scan, or -1.
    /// Kept apart from the survey's loop so that this one, which sees every character, stays tight.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int NextFlagged(ReadOnlySpan<char> text, int i, Needs[] table)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (c is >= ' ' and < '\u007F')
            {
                var skip = text[i..].IndexOfAnyExceptInRange(' ', '~');
                if (skip < 0) return -1;
                i += skip;
                continue;
            }
            if (table[c] != Needs.None) return i;
            i++;
        }
        return -1;
    }
}
