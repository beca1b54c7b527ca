using ReviewI18n.Content;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ReviewI18n.Sync;

/// <summary>
/// Edits front matter as text: each changed key's value is replaced where it stands (or a missing
/// key is inserted as one new line), and nothing else moves, so comments, blank lines, key order,
/// quoting, line endings and the body stay byte for byte. The result is parsed again and compared
/// key by key with what was meant; an edit that would change anything else is refused.
/// </summary>
public static class FrontMatterEditor
{
    public static EditResult Apply(ReviewDocument doc, IReadOnlyList<KeyEdit> edits)
    {
        if (doc.FrontMatter is not { } fm) return EditResult.Refused("its front matter does not parse");
        var text = doc.Text;
        var splices = new List<TextSplice>(edits.Count);
        foreach (var edit in edits)
        {
            var matches = fm.Fields.Count(f => f.Key == edit.Key);
            if (matches > 1) return EditResult.Refused($"key '{edit.Key}' appears {matches} times");
            var field = fm[edit.Key];
            splices.Add(field is null ? Insert(doc, fm, edit) : Replace(doc, field, edit));
        }
        // From the end backwards, so earlier offsets stay valid; inserts at one place end up in key order.
        splices.Sort((a, b) => b.Start != a.Start ? b.Start.CompareTo(a.Start) : b.Order.CompareTo(a.Order));
        for (var i = 1; i < splices.Count; i++)
        {
            if (splices[i].End > splices[i - 1].Start) return EditResult.Refused("two edits overlap");
        }
        var builder = new System.Text.StringBuilder(text);
        foreach (var splice in splices)
        {
            builder.Remove(splice.Start, splice.End - splice.Start).Insert(splice.Start, splice.Text);
        }
        var edited = builder.ToString();
        var problem = EditVerifier.Verify(doc, edited, edits);
        return problem is null ? EditResult.Done(edited) : EditResult.Refused(problem);
    }

    private static TextSplice Replace(ReviewDocument doc, FrontMatterField field, KeyEdit edit)
    {
        var text = doc.Text;
        var colon = ColonEnd(doc, field);
        var order = IndexOf(edit.KeyOrder, edit.Key);
        var old = field.Value;
        var start = field.ValueStart;
        var end = Math.Max(field.ValueEnd, start);
        // A block scalar's range runs over its closing line break; the break belongs to the layout.
        while (end > start && text[end - 1] is '\n' or '\r') end--;

        var isEmpty = old is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s && string.IsNullOrEmpty(s.Value)
                      && string.IsNullOrWhiteSpace(text[Math.Min(start, end)..end]);
        if (isEmpty)
        {
            // `key:` with nothing (or only a comment) after it: the value goes right after the colon.
            return new TextSplice(colon, colon, " " + YamlValueWriter.Inline(edit.Node, null), order);
        }
        var onLaterLine = field.ValueLine > field.Line;
        if (old is YamlSequenceNode { Style: SequenceStyle.Block } oldSeq && onLaterLine
            && edit.Node is YamlSequenceNode { Children.Count: > 0 } newSeq)
        {
            var indent = new string(' ', Math.Max(field.ValueColumn - 1, 0));
            return new TextSplice(start, end, YamlValueWriter.BlockSequence(newSeq, oldSeq, indent, NewlineAt(text, start)), order);
        }
        if (onLaterLine)
        {
            // A block value becomes a one-line value: it moves up behind the colon.
            return new TextSplice(colon, end, " " + YamlValueWriter.Inline(edit.Node, old, FlowSeparator(text, start, end)), order);
        }
        return new TextSplice(start, end, YamlValueWriter.Inline(edit.Node, old, FlowSeparator(text, start, end)), order);
    }

    private static TextSplice Insert(ReviewDocument doc, FrontMatter fm, KeyEdit edit)
    {
        var text = doc.Text;
        var order = IndexOf(edit.KeyOrder, edit.Key);
        int at;
        var previous = edit.KeyOrder.Take(Math.Max(order, 0)).Reverse().Select(k => fm[k]).FirstOrDefault(f => f is not null);
        var next = edit.KeyOrder.Skip(order + 1).Select(k => fm[k]).FirstOrDefault(f => f is not null);
        if (previous is not null)
        {
            // After the line on which the previous key's value ends (a trailing comment stays with it).
            var end = Math.Max(previous.ValueEnd, LineStartOffset(doc, previous.Line));
            var search = end > 0 && text[end - 1] == '\n' ? end - 1 : end;
            var lineBreak = text.IndexOf('\n', Math.Min(search, text.Length));
            at = lineBreak < 0 ? text.Length : lineBreak + 1;
        }
        else if (next is not null)
        {
            at = LineStartOffset(doc, next.Line);
        }
        else
        {
            at = fm.Block.YamlStart + fm.Block.YamlLength;
        }
        var sibling = previous ?? next ?? fm.Fields.FirstOrDefault();
        var indent = new string(' ', Math.Max((sibling?.Column ?? 1) - 1, 0));
        var newline = NewlineBefore(text, at);
        var value = edit.Node is YamlSequenceNode { Style: SequenceStyle.Block, Children.Count: > 0 } block
            ? newline + indent + "  " + YamlValueWriter.BlockSequence(block, null, indent + "  ", newline)
            : " " + YamlValueWriter.Inline(edit.Node, null);
        return new TextSplice(at, at, indent + edit.Key + ":" + value + newline, order);
    }

    /// <summary>The offset just after the colon that ends <paramref name="field"/>'s key.</summary>
    private static int ColonEnd(ReviewDocument doc, FrontMatterField field)
    {
        var text = doc.Text;
        var i = LineStartOffset(doc, field.Line) + field.Column - 1;
        if (i < text.Length && text[i] is '"' or '\'')
        {
            var close = text.IndexOf(text[i], i + 1);
            i = close < 0 ? i : close + 1;
        }
        else
        {
            i += field.Key.Length;
        }
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        return i < text.Length && text[i] == ':' ? i + 1 : i;
    }

    private static int IndexOf(IReadOnlyList<string> keys, string key)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i] == key) return i;
        }
        return -1;
    }

    private static int LineStartOffset(ReviewDocument doc, int line) => doc.Lines.LineStart(line);

    /// <summary>The line ending used by the line that contains <paramref name="offset"/>.</summary>
    private static string NewlineAt(string text, int offset)
    {
        var i = text.IndexOf('\n', offset);
        return i > 0 && text[i - 1] == '\r' ? "\r\n" : "\n";
    }

    /// <summary>The line ending of the line that ends just before <paramref name="offset"/> (an insert point).</summary>
    private static string NewlineBefore(string text, int offset) =>
        offset >= 2 && text[offset - 1] == '\n' && text[offset - 2] == '\r' ? "\r\n"
        : offset >= 1 && text[offset - 1] == '\n' ? "\n"
        : NewlineAt(text, offset);

    /// <summary>A flow list written <c>[a,b]</c> keeps its tight commas.</summary>
    private static string FlowSeparator(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        var comma = span.IndexOf(',');
        return comma >= 0 && comma + 1 < span.Length && span[comma + 1] != ' ' ? "," : ", ";
    }
}
