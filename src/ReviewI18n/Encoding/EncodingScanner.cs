using ReviewI18n.Content;

namespace ReviewI18n.Encodings;

/// <summary>
/// Runs every encoding scan over one decoded text and plans the certain repairs. Pure: text in,
/// issues and edits out, so the checks, <c>fix-encoding</c> and the accuracy harness share it.
/// </summary>
public static class EncodingScanner
{
    public static EncodingAnalysis Scan(DecodedText decoded, LocaleScripts locale) => Scan(decoded.Text, locale, decoded);

    public static EncodingAnalysis Scan(string text, LocaleScripts locale, DecodedText? decoded = null)
    {
        ProseMask? prose = null;
        ProseMask Mask() => prose ??= ProseMask.Build(text);

        var issues = new List<EncodingIssue>();
        var lineEdits = new List<TextEdit>();
        if (decoded is not null)
        {
            if (decoded.HasBom) issues.Add(new EncodingIssue(EncodingIssueKind.ByteOrderMark, 0, 0, "\uFEFF") { Certain = true });
            foreach (var run in decoded.InvalidBytes)
            {
                issues.Add(new EncodingIssue(EncodingIssueKind.InvalidUtf8, run.CharOffset, 1, text.Substring(run.CharOffset, 1)) { ByteOffset = run.ByteOffset, Detail = run.ByteLength.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }
        }
        var survey = TextSurvey.Of(text, locale, Mask);
        var (needs, mojibake) = (survey.Needs, survey.Mojibake);
        foreach (var run in mojibake)
        {
            issues.Add(new EncodingIssue(EncodingIssueKind.Mojibake, run.Start, run.Length, run.Damaged) { Repaired = run.Repaired, Misreading = run.Misreading, Certain = run.Certain });
        }
        if ((needs & Needs.Characters) != 0) CharacterScanner.Scan(text, decoded, mojibake, issues);
        if ((needs & Needs.Nfc) != 0) NfcScanner.Scan(text, issues);
        LineEndingScanner.Scan(text, issues, lineEdits);
        if ((needs & Needs.Scripts) != 0) ScriptScanner.Scan(text, locale, Mask, mojibake, survey.ScriptLetters, issues);
        if (issues.Count == 0) return EncodingAnalysis.Clean;
        issues.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Kind.CompareTo(b.Kind));
        var edits = RepairPlanner.Plan(issues, lineEdits, Mask);
        return new EncodingAnalysis(issues, edits, decoded?.HasBom == true);
    }
}
