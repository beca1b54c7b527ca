namespace ReviewI18n.Encodings;

/// <summary>
/// CRLF and LF (or a lone CR) in one file. The finding points at the first line whose ending is
/// not the file's usual one; the repair gives every line the usual ending (LF on a tie).
/// </summary>
internal static class LineEndingScanner
{
    public static void Scan(string text, List<EncodingIssue> issues, List<TextEdit> edits)
    {
        if (text.IndexOf('\r') < 0) return;
        int crlf = 0, lf = 0, cr = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') lf++;
            else if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    crlf++;
                    i++;
                }
                else cr++;
            }
        }
        var kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
        if (kinds < 2) return;
        var usual = crlf > lf && crlf >= cr ? "\r\n" : cr > lf && cr > crlf ? "\r" : "\n";
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var (length, ending) = EndingAt(text, i);
            if (length == 0) continue;
            if (ending != usual)
            {
                if (first < 0) first = i;
                edits.Add(new TextEdit(i, i + length, usual, "mixed-line-endings"));
            }
            i += length - 1;
        }
        issues.Add(new EncodingIssue(EncodingIssueKind.MixedLineEndings, first, 0, "")
        {
            Detail = $"{crlf} CRLF, {lf} LF{(cr > 0 ? $", {cr} CR" : "")}; the usual ending is {Name(usual)}",
            Repaired = usual,
            Certain = true,
        });
    }

    private static (int Length, string Ending) EndingAt(string text, int i) => text[i] switch
    {
        '\n' => (1, "\n"),
        '\r' when i + 1 < text.Length && text[i + 1] == '\n' => (2, "\r\n"),
        '\r' => (1, "\r"),
        _ => (0, ""),
    };

    public static string Name(string ending) => ending switch { "\r\n" => "CRLF", "\r" => "CR", _ => "LF" };
}
