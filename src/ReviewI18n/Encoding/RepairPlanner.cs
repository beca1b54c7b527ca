namespace ReviewI18n.Encodings;

/// <summary>
/// Turns issues into the repairs that are certain: mojibake whose bytes decoded strictly into
/// expected scripts, NFC, invisible and bidi characters in prose (never in code or URLs), and
/// one line ending per file. Replacement characters, invalid bytes, control characters and
/// script findings are reported only: nothing says what they should have been.
/// </summary>
internal static class RepairPlanner
{
    public static IReadOnlyList<TextEdit> Plan(IReadOnlyList<EncodingIssue> issues, IReadOnlyList<TextEdit> lineEdits, Func<ProseMask> mask)
    {
        var edits = new List<TextEdit>();
        foreach (var issue in issues)
        {
            var inProse = issue.Kind is not (EncodingIssueKind.NotNfc or EncodingIssueKind.InvisibleCharacter or EncodingIssueKind.BidiControl)
                || !mask().Overlaps(issue.Start, Math.Max(issue.End, issue.Start + 1));
            switch (issue.Kind)
            {
                case EncodingIssueKind.Mojibake when issue.Certain && issue.Repaired is not null:
                    edits.Add(new TextEdit(issue.Start, issue.End, issue.Repaired, "mojibake"));
                    break;
                case EncodingIssueKind.NotNfc when issue.Repaired is not null && inProse:
                    edits.Add(new TextEdit(issue.Start, issue.End, issue.Repaired, "not-nfc"));
                    break;
                case EncodingIssueKind.InvisibleCharacter or EncodingIssueKind.BidiControl when inProse:
                    edits.Add(new TextEdit(issue.Start, issue.End, "", issue.Kind == EncodingIssueKind.BidiControl ? "bidi-control" : "invisible-character"));
                    break;
            }
        }
        edits.AddRange(lineEdits);
        edits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        // Keep the first of overlapping edits; a later pass repairs what is left.
        var kept = new List<TextEdit>(edits.Count);
        foreach (var edit in edits)
        {
            if (kept.Count > 0 && edit.Start < kept[^1].End) continue;
            kept.Add(edit);
        }
        return kept;
    }

    /// <summary>The text with the edits applied.</summary>
    public static string Apply(string text, IReadOnlyList<TextEdit> edits)
    {
        if (edits.Count == 0) return text;
        var builder = new System.Text.StringBuilder(text.Length);
        var pos = 0;
        foreach (var edit in edits)
        {
            builder.Append(text, pos, edit.Start - pos).Append(edit.Replacement);
            pos = edit.End;
        }
        return builder.Append(text, pos, text.Length - pos).ToString();
    }
}
