using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReviewI18n.Content;

/// <summary>A reason the front matter could not be read, with its place in the file.</summary>
public sealed record FrontMatterProblem(string Message, int Line, int Column);

/// <summary>
/// Parses front matter, keeping each top-level key's position. The common simple subset is read
/// by <see cref="SimpleYamlReader"/>; anything else goes through YamlDotNet's representation model
/// (aliases are not expanded there: the model shares nodes, so an alias bomb costs nothing).
/// </summary>
public static class FrontMatterParser
{
    public static FrontMatter? Parse(string text, out FrontMatterProblem? problem)
    {
        var block = FrontMatterBlock.Locate(text, out var locateProblem);
        if (block is null)
        {
            problem = new FrontMatterProblem(locateProblem!, 1, 1);
            return null;
        }
        if (SimpleYamlReader.TryRead(text, block) is { } fields)
        {
            problem = null;
            return new FrontMatter(block, fields);
        }
        return ParseYaml(text, block, out problem);
    }

    /// <summary>
    /// Parses with YamlDotNet only, never with <see cref="SimpleYamlReader"/>: the reference the
    /// simple reader is compared against. A repeated key is a problem here.
    /// </summary>
    public static FrontMatter? ParseFull(string text, out FrontMatterProblem? problem)
    {
        var block = FrontMatterBlock.Locate(text, out var locateProblem);
        if (block is null)
        {
            problem = new FrontMatterProblem(locateProblem!, 1, 1);
            return null;
        }
        return ParseYaml(text, block, out problem);
    }

    private static FrontMatter? ParseYaml(string text, FrontMatterBlock block, out FrontMatterProblem? problem)
    {
        var yaml = text.Substring(block.YamlStart, block.YamlLength);
        if (YamlNestingGuard.FirstTooDeepLine(yaml) is > 0 and var deepLine)
        {
            problem = new FrontMatterProblem($"YAML is nested deeper than {YamlNestingGuard.MaxDepth} levels; refused", block.YamlFirstLine + deepLine - 1, 1);
            return null;
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new Parser(new StringReader(yaml)));
        }
        catch (YamlException ex) when (IsDuplicateKey(ex))
        {
            // Jekyll keeps the last value of a repeated key, and so does the simple reader: read the
            // top-level keys one by one so both parsers give the same fields (duplicate-key, not an invalid file).
            return ParseKeyByKey(text, block, yaml, out problem);
        }
        catch (YamlException ex)
        {
            var inner = ex.InnerException is YamlException i ? i : ex;
            var (line, column) = ((int)Math.Max(inner.Start.Line, 1), (int)Math.Max(inner.Start.Column, 1));
            if (inner.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstTabIndentedLine(yaml) is > 0 and var tabLine)
            {
                // YamlDotNet points at the enclosing mapping; the user needs the line with the tab.
                (line, column) = (tabLine, 1);
            }
            problem = new FrontMatterProblem($"YAML does not parse: {Describe(inner).TrimEnd('.')}", block.YamlFirstLine + line - 1, column);
            return null;
        }
        catch (ArgumentException)
        {
            // Older YamlDotNet reported a repeated key as an ArgumentException from its dictionary.
            return ParseKeyByKey(text, block, yaml, out problem);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this on some broken flow collections ("rating: [3.y: a"), with no place.
            problem = new FrontMatterProblem($"YAML does not parse: {ex.Message}", block.YamlFirstLine, 1);
            return null;
        }
        if (stream.Documents.Count > 0 && YamlCycleGuard.FindCycle(stream.Documents[0].RootNode) is { } cycle)
        {
            problem = new FrontMatterProblem("YAML alias refers to a value that contains it; refused",
                block.YamlFirstLine + (int)cycle.Start.Line - 1, (int)Math.Max(cycle.Start.Column, 1));
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            problem = null;
            return new FrontMatter(block, []);
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents[0].RootNode;
            if (node is YamlScalarNode { Value: null or "" } && node.Start.Line == node.End.Line)
            {
                problem = null;
                return new FrontMatter(block, []);
            }
            problem = new FrontMatterProblem("front matter is not a mapping of keys to values",
                block.YamlFirstLine + (int)node.Start.Line - 1, (int)node.Start.Column);
            return null;
        }

        problem = null;
        return new FrontMatter(block, Fields(root, block, yaml));
    }

    /// <summary>The fields of a mapping read from <paramref name="yaml"/> (or from a part of it that keeps its line numbers).</summary>
    private static List<FrontMatterField> Fields(YamlMappingNode root, FrontMatterBlock block, string yaml)
    {
        // Marks carry line and column reliably; offsets are computed from them.
        var yamlLines = new LineMap(yaml);
        int Offset(Mark mark) => block.YamlStart + Math.Min(yamlLines.LineStart((int)mark.Line) + (int)mark.Column - 1, yaml.Length);
        var fields = new List<FrontMatterField>(root.Children.Count);
        foreach (var (keyNode, value) in root.Children)
        {
            var key = keyNode is YamlScalarNode k ? k.Value ?? "" : keyNode.ToString();
            fields.Add(new FrontMatterField(
                key,
                value,
                block.YamlFirstLine + (int)keyNode.Start.Line - 1,
                (int)keyNode.Start.Column,
                block.YamlFirstLine + (int)value.Start.Line - 1,
                (int)value.Start.Column,
                Offset(value.Start),
                EndOffset(value, yaml, Offset)));
        }
        return fields;
    }

    /// <summary>
    /// A mapping whose keys repeat, read one top-level key at a time: each key starts a line at
    /// column 1 and runs to the next such line (its value's lines are indented, comments aside).
    /// The fields keep file order, repeats included, as the simple reader gives them.
    /// </summary>
    private static FrontMatter? ParseKeyByKey(string text, FrontMatterBlock block, string yaml, out FrontMatterProblem? problem)
    {
        var lines = yaml.Split('\n');
        var starts = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] is not ('#' or '-') && !line.StartsWith("---", StringComparison.Ordinal)) starts.Add(i);
        }
        var fields = new List<FrontMatterField>();
        for (var n = 0; n < starts.Count; n++)
        {
            var (first, end) = (starts[n], n + 1 < starts.Count ? starts[n + 1] : lines.Length);
            // The entry alone, padded with blank lines so marks keep the block's line numbers.
            var entry = new string('\n', first) + string.Join('\n', lines[first..end]) + (end < lines.Length ? "\n" : "");
            var stream = new YamlStream();
            try
            {
                stream.Load(new Parser(new StringReader(entry)));
            }
            catch (Exception ex) when (ex is YamlException or ArgumentException or InvalidOperationException)
            {
                problem = new FrontMatterProblem($"YAML does not parse: {(ex is YamlException y ? Describe(y) : ex.Message).TrimEnd('.')}", block.YamlFirstLine + first, 1);
                return null;
            }
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                problem = new FrontMatterProblem("front matter is not a mapping of keys to values", block.YamlFirstLine + first, 1);
                return null;
            }
            if (YamlCycleGuard.FindCycle(mapping) is { } cycle)
            {
                problem = new FrontMatterProblem("YAML alias refers to a value that contains it; refused",
                    block.YamlFirstLine + (int)cycle.Start.Line - 1, (int)Math.Max(cycle.Start.Column, 1));
                return null;
            }
            fields.AddRange(Fields(mapping, block, yaml));
        }
        problem = null;
        return new FrontMatter(block, fields);
    }

    /// <summary>
    /// Where a value ends in the file. YamlDotNet gives collections an end mark equal to their
    /// start, so a collection ends after its last item (and after the closing bracket of a flow).
    /// </summary>
    private static int EndOffset(YamlNode node, string yaml, Func<Mark, int> offset)
    {
        var (last, close) = node switch
        {
            YamlSequenceNode seq => (seq.Children.Count > 0 ? seq.Children[^1] : null, seq.Style == YamlDotNet.Core.Events.SequenceStyle.Flow ? ']' : '\0'),
            YamlMappingNode map => (map.Children.Count > 0 ? map.Children[^1].Value : null, map.Style == YamlDotNet.Core.Events.MappingStyle.Flow ? '}' : '\0'),
            _ => (null, '\0'),
        };
        if (node is not (YamlSequenceNode or YamlMappingNode)) return offset(node.End);
        var end = last is null ? offset(node.Start) : EndOffset(last, yaml, offset);
        if (close == '\0') return end;
        var yamlStart = offset(new Mark(0, 1, 1));
        var at = yaml.IndexOf(close, Math.Max(end - yamlStart, 0));
        return at < 0 ? end : yamlStart + at + 1;
    }

    private static int FirstTabIndentedLine(string yaml)
    {
        var line = 1;
        foreach (var text in yaml.AsSpan().EnumerateLines())
        {
            var indent = text.Length - text.TrimStart(" \t").Length;
            if (text[..indent].Contains('\t')) return line;
            line++;
        }
        return 0;
    }

    private static bool IsDuplicateKey(YamlException ex) =>
        (ex.InnerException as YamlException ?? ex).Message.Contains("Duplicate key", StringComparison.Ordinal);

    private static string Describe(YamlException ex)
    {
        var message = ex.Message;
        // YamlDotNet prefixes "(Line: 1, Col: 2, Idx: 3) - (Line: ...): "; the location is reported separately.
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(cut + 3)..] : message;
    }
}
