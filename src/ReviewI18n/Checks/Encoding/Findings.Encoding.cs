using System.Globalization;
using ReviewI18n.Content;
using ReviewI18n.Encodings;

namespace ReviewI18n.Diagnostics;

public static partial class Findings
{
    /// <summary>
    /// Encoding damage. (Not named <c>Encoding</c>: a nested class of that name would hide
    /// System.Text.Encoding from the other parts of <see cref="Findings"/>.)
    /// </summary>
    public static class EncodingDamage
    {
        /// <summary>The finding for an issue of the encoding scan.</summary>
        public static Diagnostic For(ReviewDocument doc, EncodingIssue issue) => issue.Kind switch
        {
            EncodingIssueKind.InvalidUtf8 => InvalidUtf8(doc, issue),
            EncodingIssueKind.ReplacementCharacter => ReplacementCharacter(doc, issue),
            EncodingIssueKind.Mojibake => Mojibake(doc, issue),
            EncodingIssueKind.ByteOrderMark => ByteOrderMark(doc),
            EncodingIssueKind.ControlCharacter => ControlCharacter(doc, issue),
            EncodingIssueKind.BidiControl => BidiControl(doc, issue),
            EncodingIssueKind.NotNfc => NotNfc(doc, issue),
            EncodingIssueKind.MixedLineEndings => MixedLineEndings(doc, issue),
            EncodingIssueKind.UnexpectedScript => UnexpectedScript(doc, issue),
            EncodingIssueKind.MixedScriptWord => MixedScriptWord(doc, issue),
            EncodingIssueKind.InvisibleCharacter => InvisibleCharacter(doc, issue),
            _ => throw new ArgumentOutOfRangeException(nameof(issue), issue.Kind, "unknown encoding issue"),
        };

        /// <summary>At the first bad byte; the message gives its offset in the file.</summary>
        public static Diagnostic InvalidUtf8(ReviewDocument doc, EncodingIssue issue) =>
            AtOffset(Rules.InvalidUtf8, doc, issue.Start,
                $"{issue.Detail ?? "1"} byte(s) that are not UTF-8 at byte offset {issue.ByteOffset} (0x{Hex(doc, issue)}); they cannot be repaired with certainty.",
                data: new Dictionary<string, string> { ["byteOffset"] = issue.ByteOffset.ToString(CultureInfo.InvariantCulture) });

        public static Diagnostic ReplacementCharacter(ReviewDocument doc, EncodingIssue issue) =>
            AtOffset(Rules.ReplacementCharacter, doc, issue.Start,
                $"{Count(issue.Length, "U+FFFD replacement character")} in {Context(doc, issue)}: the original text was lost in an earlier conversion; restore it from the source.");

        public static Diagnostic Mojibake(ReviewDocument doc, EncodingIssue issue) =>
            AtOffset(Rules.Mojibake, doc, issue.Start,
                $"{Quote(Visible(issue.Text))} is {Quote(issue.Repaired)} garbled: {issue.Misreading}{(issue.Certain ? "; fix-encoding repairs it" : "; check the repair before applying it")}.",
                suggestion: issue.Repaired,
                data: new Dictionary<string, string>
                {
                    ["damaged"] = issue.Text,
                    ["repaired"] = issue.Repaired ?? "",
                    ["codePage"] = issue.Misreading?.Id ?? "",
                    ["explanation"] = issue.Misreading?.Description ?? "",
                    ["certain"] = issue.Certain ? "true" : "false",
                });

        public static Diagnostic ByteOrderMark(ReviewDocument doc) =>
            At(Rules.ByteOrderMark, doc, 1, 1, "The file starts with a UTF-8 byte order mark; fix-encoding removes it.");

        public static Diagnostic ControlCharacter(ReviewDocument doc, EncodingIssue issue) =>
            AtOffset(Rules.ControlCharacter, doc, issue.Start, $"Control character {CodePoints(issue.Text)} in {Context(doc, issue)}.");

        public static Diagnostic BidiControl(ReviewDocument doc, EncodingIssue issue) =>
            AtOffset(Rules.BidiControl, doc, issue.Start,
                $"Invisible bidirectional control {CodePoints(issue.Text)} in {Context(doc, issue)}; it can reorder what readers see. fix-encoding removes it from prose.");

        public static Diagnostic NotNfc(ReviewDocument doc, EncodingIssue issue) =>
            AtOffset(Rules.NotNfc, doc, issue.Start,
                $"{Quote(issue.Text)} ({CodePoints(issue.Text)}) is not in Unicode NFC; fix-encoding writes {CodePoints(issue.Repaired ?? "")}.",
                suggestion: issue.Repaired);

        public static Diagnostic MixedLineEndings(ReviewDocument doc, EncodingIssue issue) =>
            AtOffset(Rules.MixedLineEndings, doc, issue.Start,
                $"Mixed line endings ({issue.Detail}); this line ends differently. fix-encoding makes them all {LineEndingName(issue.Repaired)}.");

        public static Diagnostic UnexpectedScript(ReviewDocument doc, EncodingIssue issue) =>
            AtOffset(Rules.UnexpectedScript, doc, issue.Start,
                $"{issue.Detail} text {Quote(issue.Text)} in {doc.Locale} prose; translate it, quote it as a title, or allow {issue.Detail} for {doc.Locale} in pipeline.json (allowedScripts).",
                data: new Dictionary<string, string> { ["script"] = issue.Detail ?? "" });

        public static Diagnostic MixedScriptWord(ReviewDocument doc, EncodingIssue issue) =>
            AtOffset(Rules.MixedScriptWord, doc, issue.Start,
                $"The word {Quote(issue.Text)} mixes {issue.Detail} letters ({CodePoints(Foreign(issue.Text))}); a lookalike letter from another alphabet breaks search and links.",
                suggestion: issue.Repaired);

        public static Diagnostic InvisibleCharacter(ReviewDocument doc, EncodingIssue issue) =>
            AtOffset(Rules.InvisibleCharacter, doc, issue.Start,
                $"Invisible character {CodePoints(issue.Text)} in {Context(doc, issue)}; fix-encoding removes it from prose.");

        private static string Context(ReviewDocument doc, EncodingIssue issue)
        {
            var text = doc.Text;
            var from = Math.Max(0, issue.Start - 12);
            var to = Math.Min(text.Length, issue.End + 12);
            var lineStart = text.LastIndexOf('\n', Math.Max(0, issue.Start - 1)) + 1;
            var lineEnd = text.IndexOf('\n', issue.End);
            from = Math.Max(from, issue.Start == 0 ? 0 : lineStart);
            if (lineEnd >= 0) to = Math.Min(to, lineEnd);
            return Quote(Visible(text[from..to]), 60);
        }

        /// <summary>Controls and invisible characters spelled out, so a message shows what is there.</summary>
        private static string Visible(string text) =>
            string.Concat(text.Select(c => CharClasses.IsControl(c) || CharClasses.IsBidiControl(c) || CharClasses.IsInvisible(c) ? $"⟨U+{(int)c:X4}⟩" : c.ToString()));

        private static string CodePoints(string text) => string.Join(" ", text.EnumerateRunes().Take(8).Select(r => $"U+{r.Value:X4}")) + (text.Length > 8 ? " …" : "");

        private static string Foreign(string word) => string.Concat(word.Where(c => c > 0x24F));

        private static string Count(int n, string what) => n == 1 ? $"A {what}" : $"{n} {what}s";

        private static string LineEndingName(string? ending) => ending switch { "\r\n" => "CRLF", "\r" => "CR", _ => "LF" };

        private static string Hex(ReviewDocument doc, EncodingIssue issue)
        {
            var length = int.TryParse(issue.Detail, CultureInfo.InvariantCulture, out var n) ? Math.Min(n, 8) : 1;
            var start = Math.Clamp(issue.ByteOffset, 0, doc.Bytes.Length);
            return Convert.ToHexString(doc.Bytes, start, Math.Min(length, doc.Bytes.Length - start));
        }
    }
}
