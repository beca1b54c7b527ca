
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
    public static TextSurvey Of(string text, LocaleScripts locale, Func<ProseMask> mask)
    {
        var table = locale.CharFlags;
        var span = text.AsSpan();
        var needs = Needs.None;
        List<MojibakeRun>? runs = null;
        List<int>? letters = null;
        var i = 0;
        while (i < span.Length)
        {
            var c = span[i];
            if (c is >= ' ' and < '\u007F')
            {
                var skip = span[i..].IndexOfAnyExceptInRange(' ', '~');
                if (skip < 0) break;
                i += skip;
                c = span[i];
            }
            var flags = table[c];
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
}
