using Markdig;
using Markdig.Syntax;

namespace ReviewI18n.Sections;

/// <summary>
/// Splits a document body into sections with Markdig's block parser, so a <c>##</c> inside a
/// fenced or indented code block, or an HTML block, is not taken for a heading. Inline
/// parsing is switched off: only block structure matters here. Bodies without any construct
/// that can hide or fake a heading take <see cref="FastHeadingScanner"/> instead, which gives
/// the same answer at a tenth of the cost (a test checks the two agree).
/// </summary>
public static class SectionSplitter
{
    private static readonly MarkdownPipeline Pipeline = CreatePipeline();

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.InlineParsers.Clear();
        return builder.Build();
    }

    /// <summary>
    /// Sections of the body that starts at <paramref name="bodyStart"/> (file line
    /// <paramref name="bodyFirstLine"/>). The preamble is returned only when it has text.
    /// </summary>
    public static (Section? Preamble, IReadOnlyList<Section> Sections) Split(string text, int bodyStart, int bodyFirstLine)
    {
        var headings = FastHeadingScanner.TryScan(text, bodyStart, bodyFirstLine) ?? MarkdigHeadings(text, bodyStart, bodyFirstLine);
        var bodyLastLine = LastLineOf(text, bodyFirstLine, bodyStart);
        var sections = new List<Section>(headings.Count);
        Section? preamble = null;
        var firstHeading = headings.Count > 0 ? headings[0].Offset : text.Length;
        if (!text.AsSpan(bodyStart, firstHeading - bodyStart).IsWhiteSpace())
        {
            preamble = new Section(-1, "", bodyFirstLine, 1, bodyStart, firstHeading, bodyFirstLine,
                headings.Count > 0 ? headings[0].Line - 1 : bodyLastLine);
        }
        for (var i = 0; i < headings.Count; i++)
        {
            var h = headings[i];
            var contentStart = SkipLineBreak(text, h.End);
            var contentEnd = i + 1 < headings.Count ? headings[i + 1].Offset : text.Length;
            var headingLines = CountNewlines(text.AsSpan(h.Offset, contentStart - h.Offset));
            var lastLine = i + 1 < headings.Count ? headings[i + 1].Line - 1 : bodyLastLine;
            sections.Add(new Section(i, h.Heading, h.Line, 1, contentStart, Math.Max(contentStart, contentEnd),
                h.Line + Math.Max(headingLines, 1), Math.Max(lastLine, h.Line)));
        }
        return (preamble, sections);
    }

    /// <summary>The level-2 headings among the top-level blocks, as Markdig's block parser sees them.</summary>
    internal static List<(int Offset, int Line, int End, string Heading)> MarkdigHeadings(string text, int bodyStart, int bodyFirstLine)
    {
        var headings = new List<(int Offset, int Line, int End, string Heading)>();
        var document = Markdown.Parse(text[bodyStart..], Pipeline);
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 } heading)
            {
                var start = bodyStart + heading.Span.Start;
                var end = Math.Min(bodyStart + heading.Span.End + 1, text.Length);
                headings.Add((start, bodyFirstLine + heading.Line, end, HeadingText(text, start, end, heading.IsSetext)));
            }
        }
        return headings;
    }

    internal static string HeadingText(string text, int start, int end, bool setext)
    {
        var raw = text.AsSpan(start, end - start);
        if (setext)
        {
            // The heading is every line but the underline.
            var cut = raw.TrimEnd("\r\n").LastIndexOf('\n');
            return cut < 0 ? raw.Trim().ToString() : raw[..cut].Trim().ToString().Replace("\r", "").Replace('\n', ' ');
        }
        var line = raw.TrimEnd("\r\n").Trim();
        line = line.TrimStart('#').Trim();
        // An ATX closing sequence is '#'s preceded by a space.
        var closing = line.TrimEnd('#');
        if (closing.Length < line.Length && (closing.Length == 0 || closing[^1] is ' ' or '\t')) line = closing.TrimEnd();
        return line.ToString();
    }

    private static int SkipLineBreak(string text, int offset)
    {
        if (offset < text.Length && text[offset - 1] != '\n')
        {
            var nl = text.IndexOf('\n', offset);
            return nl < 0 ? text.Length : nl + 1;
        }
        return Math.Min(offset, text.Length);
    }

    private static int CountNewlines(ReadOnlySpan<char> span) => span.Count('\n');

    private static int LastLineOf(string text, int bodyFirstLine, int bodyStart)
    {
        var newlines = CountNewlines(text.AsSpan(bodyStart));
        var endsWithNewline = text.Length > bodyStart && text[^1] == '\n';
        return bodyFirstLine + newlines - (endsWithNewline ? 1 : 0);
    }
}
