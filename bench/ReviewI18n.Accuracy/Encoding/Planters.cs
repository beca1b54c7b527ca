using System.Text;
using ReviewI18n.Encodings;

namespace ReviewI18n.Accuracy.Encodings;

/// <summary>The kinds of damage the harness plants, each as real tools would have done it.</summary>
internal static class Planters
{
    private static readonly System.Text.Encoding Utf8 = new UTF8Encoding(false);

    public static IReadOnlyList<DamageKind> All { get; } =
    [
        Utf8As("mojibake: UTF-8 read as Windows-1252", CodePages.Windows1252),
        Utf8As("mojibake: UTF-8 read as Latin-1", CodePages.Latin1),
        Utf8As("mojibake: UTF-8 read as CP874 (Thai)", CodePages.Thai),
        Utf8As("mojibake: UTF-8 read as Shift_JIS (CP932)", CodePages.ShiftJis),
        Utf8As("mojibake: UTF-8 read as EUC-JP", CodePages.EucJp),
        Utf8As("mojibake: UTF-8 read as Windows-1251", CodePages.Windows1251),
        Utf8As("mojibake: UTF-8 read as Mac Roman", CodePages.MacRoman),
        Utf8As("mojibake: UTF-8 read as Windows-1252 twice", CodePages.Windows1252, passes: 2),
        JapaneseAs("mojibake: Shift_JIS read as Latin-1", CodePages.ShiftJis, CodePages.Latin1),
        JapaneseAs("mojibake: Shift_JIS read as Windows-1252", CodePages.ShiftJis, CodePages.Windows1252),
        JapaneseAs("mojibake: EUC-JP read as Latin-1", CodePages.EucJp, CodePages.Latin1),
        JapaneseAs("mojibake: EUC-JP read as Windows-1252", CodePages.EucJp, CodePages.Windows1252),
        new("invalid-utf8", EncodingIssueKind.InvalidUtf8, false, false, InvalidUtf8),
        new("replacement-character", EncodingIssueKind.ReplacementCharacter, false, false, (f, r) => Replace(f, r, "replacement-character", c => c > ' ', _ => "\uFFFD", false)),
        new("byte-order-mark", EncodingIssueKind.ByteOrderMark, true, false, (f, _) => new Plant("byte-order-mark", f, [0xEF, 0xBB, 0xBF, .. f.Bytes], true, "BOM")),
        new("control-character", EncodingIssueKind.ControlCharacter, false, false, (f, r) => Insert(f, r, "control-character", Pick(r, "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u0010\u0015\u001A\u001B\u001F\u007F"), false)),
        new("bidi-control", EncodingIssueKind.BidiControl, true, false, (f, r) => Insert(f, r, "bidi-control", Pick(r, "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F"), true)),
        new("invisible-character", EncodingIssueKind.InvisibleCharacter, true, false, (f, r) => Insert(f, r, "invisible-character", Pick(r, "\u200B\u200C\u200D\u2060\u00AD\uFEFF"), true, insideWord: true)),
        new("not-nfc", EncodingIssueKind.NotNfc, true, false, (f, r) => Replace(f, r, "not-nfc", c => c.ToString() != c.ToString().Normalize(NormalizationForm.FormD), c => c.ToString().Normalize(NormalizationForm.FormD), true)),
        new("mixed-line-endings", EncodingIssueKind.MixedLineEndings, true, false, MixedLineEndings),
        new("unexpected-script", EncodingIssueKind.UnexpectedScript, false, false, UnexpectedScript),
        new("mixed-script-word", EncodingIssueKind.MixedScriptWord, false, false, Homoglyph),
    ];

    private static string Pick(Random random, string choices) => choices[random.Next(choices.Length)].ToString();

    /// <summary>A span of a prose line, encoded as UTF-8 and decoded with the wrong code page (as often as <paramref name="passes"/>).</summary>
    private static DamageKind Utf8As(string name, int codePage, int passes = 1) => new(name, EncodingIssueKind.Mojibake, true, false, (file, random) =>
    {
        var text = file.Text;
        var line = ProseLines.Pick(text, random, ProseLines.HasNonAscii);
        if (line is null) return null;
        var span = ProseLines.SpanAround(text, line.Value, random, c => c >= 0x80, 8, 12);
        if (span is null) return null;
        var original = text[span.Value.Start..span.Value.End];
        var damaged = original;
        for (var p = 0; p < passes; p++) damaged = Misreader(codePage).GetString(Utf8.GetBytes(damaged));
        var lossless = RoundTrips(damaged, original, codePage, passes);
        return Splice(file, name, span.Value, damaged, lossless);
    });

    /// <summary>Japanese text saved in Shift_JIS or EUC-JP and read back as Latin-1 or Windows-1252.</summary>
    private static DamageKind JapaneseAs(string name, int writer, int reader) => new(name, EncodingIssueKind.Mojibake, true, true, (file, random) =>
    {
        var text = file.Text;
        var line = ProseLines.Pick(text, random, (t, s, e) => t.AsSpan(s, e - s).ContainsAnyInRange('\u3040', '\u9FFF'));
        if (line is null) return null;
        var span = ProseLines.SpanAround(text, line.Value, random, ProseLines.IsJapanese, 6, 16);
        if (span is null) return null;
        var original = text[span.Value.Start..span.Value.End];
        byte[] bytes;
        try
        {
            bytes = CodePages.Strict(writer).GetBytes(original);
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
        var damaged = Misreader(reader).GetString(bytes);
        var lossless = CodePages.Strict(writer).GetString(Strict(reader).GetBytes(damaged)) == original;
        return Splice(file, name, span.Value, damaged, lossless);
    });

    private static System.Text.Encoding Strict(int codePage) => CodePages.Strict(codePage);

    /// <summary>A code page as a standard decoder uses it: bytes it cannot map become U+FFFD.</summary>
    private static System.Text.Encoding Misreader(int codePage)
    {
        // The library registers the code-page provider only when it needs a code page itself,
        // which a scan no longer does; the planters need the pages whatever ran before them.
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return System.Text.Encoding.GetEncoding(codePage, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
    }

    private static bool RoundTrips(string damaged, string original, int codePage, int passes)
    {
        try
        {
            var back = damaged;
            for (var p = 0; p < passes; p++) back = CodePages.StrictUtf8.GetString(Strict(codePage).GetBytes(back));
            return back == original;
        }
        catch (Exception ex) when (ex is EncoderFallbackException or DecoderFallbackException)
        {
            return false;
        }
    }

    private static Plant? Splice(CorpusFile file, string name, (int Start, int End) span, string damaged, bool lossless)
    {
        var text = file.Text;
        if (damaged == text[span.Start..span.End]) return null;
        var newText = string.Concat(text.AsSpan(0, span.Start), damaged, text.AsSpan(span.End));
        return new Plant(name, file, Utf8.GetBytes(newText), lossless, $"{text[span.Start..span.End]} → {damaged}");
    }

    private static Plant? Insert(CorpusFile file, Random random, string name, string what, bool lossless, bool insideWord = false)
    {
        var text = file.Text;
        var line = ProseLines.Pick(text, random);
        if (line is null) return null;
        var candidates = new List<int>();
        for (var i = line.Value.Start + 1; i < line.Value.End; i++)
        {
            if (char.IsLowSurrogate(text[i]) || char.IsSurrogate(text[i - 1])) continue;
            if (insideWord && !(char.IsLetter(text[i - 1]) && char.IsLetter(text[i]))) continue;
            candidates.Add(i);
        }
        if (candidates.Count == 0) return null;
        var at = candidates[random.Next(candidates.Count)];
        return Splice(file, name, (at, at), what, lossless);
    }

    private static Plant? Replace(CorpusFile file, Random random, string name, Func<char, bool> which, Func<char, string> with, bool lossless)
    {
        var text = file.Text;
        var line = ProseLines.Pick(text, random, (t, s, e) => t.AsSpan(s, e - s).ToArray().Any(which));
        if (line is null) return null;
        var span = ProseLines.SpanAround(text, line.Value, random, which, 0, 0);
        if (span is null || span.Value.End - span.Value.Start != 1) return null;
        return Splice(file, name, span.Value, with(text[span.Value.Start]), lossless);
    }

    /// <summary>Three ways bytes stop being UTF-8: a stray 0xFF, a lone continuation byte, a sequence cut short.</summary>
    private static Plant? InvalidUtf8(CorpusFile file, Random random)
    {
        var text = file.Text;
        var line = ProseLines.Pick(text, random);
        if (line is null) return null;
        var bytes = file.Bytes;
        var byteStart = Utf8.GetByteCount(text.AsSpan(0, line.Value.Start));
        var byteEnd = byteStart + Utf8.GetByteCount(text.AsSpan(line.Value.Start, line.Value.End - line.Value.Start));
        var variant = random.Next(3);
        if (variant == 2)
        {
            var leads = Enumerable.Range(byteStart, byteEnd - byteStart).Where(i => bytes[i] >= 0xC2).ToList();
            if (leads.Count > 0)
            {
                var at = leads[random.Next(leads.Count)];
                return new Plant("invalid-utf8", file, [.. bytes.AsSpan(0, at + 1), .. bytes.AsSpan(at + 2)], false, "cut sequence");
            }
        }
        var atChar = random.Next(byteStart, byteEnd);
        while (atChar < byteEnd && (bytes[atChar] & 0xC0) == 0x80) atChar++;
        byte inserted = variant == 0 ? (byte)0xFF : (byte)0x80;
        return new Plant("invalid-utf8", file, [.. bytes.AsSpan(0, atChar), inserted, .. bytes.AsSpan(atChar)], false, $"0x{inserted:X2}");
    }

    private static Plant? MixedLineEndings(CorpusFile file, Random random)
    {
        var text = file.Text;
        var newlines = Enumerable.Range(0, text.Length).Where(i => text[i] == '\n').ToList();
        if (newlines.Count < 3) return null;
        var at = newlines[random.Next(newlines.Count - 1)];
        return Splice(file, "mixed-line-endings", (at, at), "\r", true);
    }

    private static readonly string[] ForeignWords = ["สวัสดี", "привет", "안녕하세요", "مرحبا", "שלום", "λόγος", "ბარი"];

    /// <summary>A foreign word dropped into prose, away from quotes (a quoted title is allowed).</summary>
    private static Plant? UnexpectedScript(CorpusFile file, Random random)
    {
        var text = file.Text;
        var line = ProseLines.Pick(text, random, (t, s, e) => t.AsSpan(s, e - s).IndexOfAny("\"“「『«") < 0 && t.AsSpan(s, e - s).IndexOfAny(" 、") >= 0);
        if (line is null) return null;
        var spaces = Enumerable.Range(line.Value.Start, line.Value.End - line.Value.Start).Where(i => text[i] is ' ' or '、').ToList();
        var at = spaces[random.Next(spaces.Count)] + 1;
        return Splice(file, "unexpected-script", (at, at), ForeignWords[random.Next(ForeignWords.Length)] + " ", false);
    }

    private static readonly Dictionary<char, char> Lookalikes = new() { ['a'] = 'а', ['e'] = 'е', ['o'] = 'о', ['p'] = 'р', ['c'] = 'с', ['x'] = 'х', ['y'] = 'у' };

    /// <summary>One Latin letter of a word of four or more Latin letters swapped for its Cyrillic lookalike.</summary>
    private static Plant? Homoglyph(CorpusFile file, Random random)
    {
        var text = file.Text;
        var line = ProseLines.Pick(text, random);
        if (line is null) return null;
        var candidates = new List<int>();
        for (var i = line.Value.Start + 1; i + 1 < line.Value.End; i++)
        {
            if (Lookalikes.ContainsKey(text[i]) && char.IsAsciiLetter(text[i - 1]) && char.IsAsciiLetter(text[i + 1])) candidates.Add(i);
        }
        if (candidates.Count == 0) return null;
        var at = candidates[random.Next(candidates.Count)];
        return Splice(file, "mixed-script-word", (at, at + 1), Lookalikes[text[at]].ToString(), false);
    }
}
