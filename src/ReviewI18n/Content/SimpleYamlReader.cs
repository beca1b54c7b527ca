using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ReviewI18n.Content;

/// <summary>
/// A fast, strict reader for the plain kind of front matter most sites use: top-level
/// <c>key: value</c> lines whose values are one-line plain, double- or single-quoted scalars,
/// one-line flow sequences of such scalars, block sequences of such scalars, or nothing.
/// It builds the same nodes and positions as <see cref="FrontMatterParser.ParseFull"/> does
/// through YamlDotNet, at a fraction of the cost: YamlDotNet's scanner and parser are never
/// compiled or run on the common path, only its node types are used.
/// </summary>
/// <remarks>
/// Whenever the YAML uses anything outside that subset, or anything it is not certain about
/// (anchors, aliases, tags, block scalars, nested mappings, multi-line values, tabs outside
/// quotes, unusual escapes, control characters, ...), <see cref="TryRead"/> returns null and the
/// caller falls back to YamlDotNet. Unlike YamlDotNet it accepts a repeated key, keeping every
/// occurrence in file order (Jekyll keeps the last).
/// <para>
/// The reading methods are compiled fully optimized at once: a check runs them over thousands of
/// files only once per process, mostly before tiered compilation would have promoted them.
/// </para>
/// </remarks>
public static class SimpleYamlReader
{
    /// <summary>Longest key accepted (YamlDotNet refuses simple keys of 1024 characters and more).</summary>
    private const int MaxKeyLength = 1000;

    /// <summary>
    /// Reads the front matter of <paramref name="block"/> in <paramref name="text"/>, or returns
    /// null when it is not certain the YAML is in the simple subset.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IReadOnlyList<FrontMatterField>? TryRead(string text, FrontMatterBlock block)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(block);
        var end = block.YamlStart + block.YamlLength;
        if (block.YamlStart < 0 || end > text.Length) return null;

        var fields = new List<FrontMatterField>(16);
        var pos = block.YamlStart;
        var line = block.YamlFirstLine;

        // A key with nothing after its colon: its value is null, or the block sequence that follows.
        string? pendingKey = null;
        var pendingLine = 0;
        var pendingColon = 0;
        var pendingLineStart = 0;
        List<YamlNode>? items = null;
        var itemIndent = -1;
        var firstDash = 0;
        var firstDashLine = 0;
        var lastItemEnd = 0;

        while (pos < end)
        {
            var newline = text.IndexOf('\n', pos, end - pos);
            var lineEnd = newline < 0 ? end : newline;
            var next = newline < 0 ? end : newline + 1;
            var contentEnd = lineEnd > pos && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            if (!IsReadable(text.AsSpan(pos, contentEnd - pos))) return null;

            var indent = CountSpaces(text, pos, contentEnd);
            var first = pos + indent;
            if (first == contentEnd || text[first] == '#')
            {
                // A blank line or a comment line.
            }
            else if (text[first] == '-' && IsBlankOrEnd(text, first + 1, contentEnd))
            {
                // An item of a block sequence: only after "key:" and at one indentation throughout.
                if (pendingKey is null) return null;
                if (itemIndent < 0)
                {
                    itemIndent = indent;
                    firstDash = first;
                    firstDashLine = line;
                    items = [];
                }
                else if (indent != itemIndent)
                {
                    return null;
                }
                var start = SkipSpaces(text, first + 1, contentEnd);
                if (start == first + 1 || start == contentEnd) return null;
                var item = ReadScalar(text, start, contentEnd, out lastItemEnd);
                if (item is null) return null;
                items!.Add(item);
            }
            else if (indent > 0)
            {
                // A continuation line, a nested mapping or an indented key: not simple.
                return null;
            }
            else
            {
                if (pendingKey is not null)
                {
                    fields.Add(Pending(pendingKey, pendingLine, pendingColon, pendingLineStart, items, itemIndent, firstDash, firstDashLine, lastItemEnd));
                    pendingKey = null;
                    items = null;
                    itemIndent = -1;
                }

                var keyEnd = pos;
                while (keyEnd < contentEnd && IsKeyChar(text[keyEnd])) keyEnd++;
                var keyLength = keyEnd - pos;
                if (keyLength == 0 || keyLength > MaxKeyLength || text[pos] == '-') return null;
                if (keyEnd == contentEnd || text[keyEnd] != ':') return null;
                var colon = keyEnd;
                if (!IsBlankOrEnd(text, colon + 1, contentEnd)) return null;
                var key = text.Substring(pos, keyLength);

                var valueStart = SkipSpaces(text, colon + 1, contentEnd);
                if (valueStart == contentEnd || text[valueStart] == '#')
                {
                    pendingKey = key;
                    pendingLine = line;
                    pendingColon = colon;
                    pendingLineStart = pos;
                }
                else
                {
                    YamlNode? value;
                    int valueEnd;
                    if (text[valueStart] == '[')
                    {
                        value = ReadFlowSequence(text, valueStart, contentEnd, out valueEnd);
                    }
                    else
                    {
                        value = ReadScalar(text, valueStart, contentEnd, out valueEnd);
                    }
                    if (value is null) return null;
                    fields.Add(new FrontMatterField(key, value, line, 1, line, valueStart - pos + 1, valueStart, valueEnd));
                }
            }

            pos = next;
            line++;
        }

        if (pendingKey is not null)
        {
            fields.Add(Pending(pendingKey, pendingLine, pendingColon, pendingLineStart, items, itemIndent, firstDash, firstDashLine, lastItemEnd));
        }
        return fields;
    }

    /// <summary>
    /// The field of a key whose value was not on its line: a block sequence when items followed,
    /// else the empty plain scalar YamlDotNet places just after the colon.
    /// </summary>
    private static FrontMatterField Pending(string key, int line, int colon, int lineStart, List<YamlNode>? items, int itemIndent, int firstDash, int firstDashLine, int lastItemEnd)
    {
        if (items is null)
        {
            return new FrontMatterField(key, new YamlScalarNode("") { Style = ScalarStyle.Plain },
                line, 1, line, colon - lineStart + 2, colon + 1, colon + 1);
        }
        // YamlDotNet starts the sequence at its first '-'; like FrontMatterParser, the value
        // ends where its last item ends.
        var sequence = new YamlSequenceNode(items) { Style = SequenceStyle.Block };
        return new FrontMatterField(key, sequence, line, 1, firstDashLine, itemIndent + 1, firstDash, lastItemEnd);
    }

    /// <summary>
    /// A scalar starting at <paramref name="start"/> (not a space) that must fill the rest of the
    /// line, up to spaces and a comment; <paramref name="valueEnd"/> is where YamlDotNet ends it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static YamlScalarNode? ReadScalar(string text, int start, int lineEnd, out int valueEnd)
    {
        YamlScalarNode? node;
        switch (text[start])
        {
            case '"':
                node = ReadDoubleQuoted(text, start, lineEnd, out valueEnd);
                break;
            case '\'':
                node = ReadSingleQuoted(text, start, lineEnd, out valueEnd);
                break;
            default:
                node = ReadBlockPlain(text, start, lineEnd, out valueEnd);
                // A plain scalar already stops at spaces and a comment.
                return node;
        }
        return node is not null && IsRestOfLineEmpty(text, valueEnd, lineEnd) ? node : null;
    }

    /// <summary>A plain scalar in block context: up to " #" or the line end, trailing spaces trimmed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static YamlScalarNode? ReadBlockPlain(string text, int start, int lineEnd, out int valueEnd)
    {
        valueEnd = start;
        if (!CanStartPlain(text, start, lineEnd, flow: false)) return null;
        var last = start;
        for (var i = start; i < lineEnd; i++)
        {
            var c = text[i];
            if (c == ' ') continue;
            if (c == '#' && text[i - 1] == ' ') break;
            if (c == '\t') return null;
            if (c == ':' && (i + 1 == lineEnd || text[i + 1] == ' ')) return null;
            last = i + 1;
        }
        valueEnd = last;
        return new YamlScalarNode(text.Substring(start, last - start)) { Style = ScalarStyle.Plain };
    }

    /// <summary>A one-line flow sequence of scalars, <c>[a, "b", 'c']</c>, and nothing after it but a comment.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static YamlSequenceNode? ReadFlowSequence(string text, int start, int lineEnd, out int valueEnd)
    {
        valueEnd = start;
        // Items go straight into the node: building it from a list copies them one by one.
        var sequence = new YamlSequenceNode { Style = SequenceStyle.Flow };
        var i = SkipSpaces(text, start + 1, lineEnd);
        if (i < lineEnd && text[i] == ']')
        {
            valueEnd = i + 1;
            return IsRestOfLineEmpty(text, i + 1, lineEnd) ? sequence : null;
        }
        while (true)
        {
            if (i >= lineEnd) return null;
            YamlScalarNode? item;
            int itemEnd;
            switch (text[i])
            {
                case '"':
                    item = ReadDoubleQuoted(text, i, lineEnd, out itemEnd);
                    break;
                case '\'':
                    item = ReadSingleQuoted(text, i, lineEnd, out itemEnd);
                    break;
                default:
                    item = ReadFlowPlain(text, i, lineEnd, out itemEnd);
                    break;
            }
            if (item is null) return null;
            sequence.Add(item);
            i = SkipSpaces(text, itemEnd, lineEnd);
            if (i >= lineEnd) return null;
            if (text[i] == ']')
            {
                valueEnd = i + 1;
                return IsRestOfLineEmpty(text, i + 1, lineEnd) ? sequence : null;
            }
            if (text[i] != ',') return null;
            i = SkipSpaces(text, i + 1, lineEnd);
            // An empty entry or a trailing comma: valid YAML in places, but not simple.
            if (i >= lineEnd || text[i] is ',' or ']') return null;
        }
    }

    /// <summary>A plain scalar inside a flow sequence: up to ',' or ']', trailing spaces trimmed.</summary>
    /// <remarks>It may hold ':' only when a character that can continue it follows (<c>DTS:X</c>, <c>http://x</c>).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static YamlScalarNode? ReadFlowPlain(string text, int start, int lineEnd, out int valueEnd)
    {
        valueEnd = start;
        if (!CanStartPlain(text, start, lineEnd, flow: true)) return null;
        var last = start;
        var i = start;
        for (; i < lineEnd; i++)
        {
            var c = text[i];
            if (c is ',' or ']') break;
            if (c == ' ') continue;
            if (c is '[' or '{' or '}' or '\t') return null;
            // "DTS:X" is one scalar; a ':' before a space, a flow indicator or the line end makes a mapping.
            if (c == ':' && (i + 1 >= lineEnd || text[i + 1] is ' ' or ',' or '[' or ']' or '{' or '}')) return null;
            if (c == '#' && text[i - 1] == ' ') return null;
            last = i + 1;
        }
        if (i == lineEnd) return null;
        valueEnd = last;
        return new YamlScalarNode(text.Substring(start, last - start)) { Style = ScalarStyle.Plain };
    }

    /// <summary>
    /// Whether a plain scalar may start here: not with an indicator, and not with '-' unless a
    /// character that cannot end it follows. '?' and ':' are refused even where YAML allows them.
    /// </summary>
    private static bool CanStartPlain(string text, int start, int lineEnd, bool flow)
    {
        switch (text[start])
        {
            case '[' or ']' or '{' or '}' or ',' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or '?' or ':' or ' ' or '\t':
                return false;
            case '-':
                if (start + 1 >= lineEnd) return false;
                var next = text[start + 1];
                return next is not (' ' or '\t') && !(flow && next is ',' or ']' or '[' or '{' or '}');
            default:
                return true;
        }
    }

    /// <summary>A double-quoted scalar closed on the same line; common escapes only.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static YamlScalarNode? ReadDoubleQuoted(string text, int start, int lineEnd, out int valueEnd)
    {
        valueEnd = start;
        StringBuilder? builder = null;
        var runStart = start + 1;
        var i = start + 1;
        while (true)
        {
            if (i >= lineEnd) return null;
            var c = text[i];
            if (c == '"') break;
            if (c != '\\')
            {
                i++;
                continue;
            }
            builder ??= new StringBuilder(lineEnd - start);
            builder.Append(text, runStart, i - runStart);
            if (i + 1 >= lineEnd) return null;
            var e = text[i + 1];
            var consumed = 2;
            switch (e)
            {
                case '\\': builder.Append('\\'); break;
                case '"': builder.Append('"'); break;
                case '/': builder.Append('/'); break;
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case '0': builder.Append('\0'); break;
                case 'a': builder.Append('\a'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'v': builder.Append('\v'); break;
                case 'e': builder.Append('\x1B'); break;
                case 'N': builder.Append('\x85'); break;
                case '_': builder.Append('\xA0'); break;
                case 'L': builder.Append('\u2028'); break;
                case 'P': builder.Append('\u2029'); break;
                case 'x' or 'u':
                    var digits = e == 'x' ? 2 : 4;
                    if (i + 2 + digits > lineEnd) return null;
                    if (!int.TryParse(text.AsSpan(i + 2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)) return null;
                    // A lone surrogate cannot be one character of the value.
                    if (code is >= 0xD800 and <= 0xDFFF) return null;
                    builder.Append((char)code);
                    consumed += digits;
                    break;
                default:
                    return null;
            }
            i += consumed;
            runStart = i;
        }
        valueEnd = i + 1;
        string value;
        if (builder is null)
        {
            value = text.Substring(start + 1, i - start - 1);
        }
        else
        {
            builder.Append(text, runStart, i - runStart);
            value = builder.ToString();
        }
        return new YamlScalarNode(value) { Style = ScalarStyle.DoubleQuoted };
    }

    /// <summary>A single-quoted scalar closed on the same line; <c>''</c> is a quote.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static YamlScalarNode? ReadSingleQuoted(string text, int start, int lineEnd, out int valueEnd)
    {
        valueEnd = start;
        var escaped = false;
        var i = start + 1;
        while (true)
        {
            if (i >= lineEnd) return null;
            if (text[i] == '\'')
            {
                if (i + 1 < lineEnd && text[i + 1] == '\'')
                {
                    escaped = true;
                    i += 2;
                    continue;
                }
                break;
            }
            i++;
        }
        valueEnd = i + 1;
        var value = text.Substring(start + 1, i - start - 1);
        if (escaped) value = value.Replace("''", "'", StringComparison.Ordinal);
        return new YamlScalarNode(value) { Style = ScalarStyle.SingleQuoted };
    }

    /// <summary>Nothing but spaces, then optionally a comment that a space separates.</summary>
    private static bool IsRestOfLineEmpty(string text, int from, int lineEnd)
    {
        var i = SkipSpaces(text, from, lineEnd);
        return i == lineEnd || (i > from && text[i] == '#');
    }

    /// <summary>
    /// Whether a line holds only characters this reader is sure about: printable characters as
    /// YAML defines them, tabs (refused later outside quotes) and whole surrogate pairs. Other
    /// line breaks (CR alone, NEL, LS, PS), control characters and a BOM send the file to YamlDotNet.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsReadable(ReadOnlySpan<char> line)
    {
        var i = line.IndexOfAnyExceptInRange(' ', '~');
        if (i < 0) return true;
        for (; i < line.Length; i++)
        {
            var c = line[i];
            if (c is >= ' ' and <= '~' or '\t') continue;
            if (c < '\xA0' || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF') return false;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= line.Length || !char.IsLowSurrogate(line[i + 1])) return false;
                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    private static bool IsBlankOrEnd(string text, int i, int lineEnd) => i >= lineEnd || text[i] == ' ';

    private static int SkipSpaces(string text, int i, int lineEnd)
    {
        while (i < lineEnd && text[i] == ' ') i++;
        return i;
    }

    private static int CountSpaces(string text, int start, int lineEnd) => SkipSpaces(text, start, lineEnd) - start;
}
