using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ReviewI18n.Sync;

/// <summary>
/// Writes a value (taken from the source document) the way the translation already writes that
/// key: a flow list stays a flow list, a block list stays a block list with its indentation,
/// double quotes stay double quotes. What has no counterpart in the translation takes the
/// source's own style.
/// </summary>
public static class YamlValueWriter
{
    /// <summary>The value on one line, as it follows <c>key: </c> or sits inside a flow list.</summary>
    /// <param name="separator">Between flow items: <c>", "</c>, or <c>","</c> when the translation's list is written tight.</param>
    public static string Inline(YamlNode value, YamlNode? styleOf, string separator = ", ", bool inFlow = false) => value switch
    {
        YamlScalarNode scalar => Scalar(scalar, (styleOf as YamlScalarNode)?.Style, inFlow),
        YamlSequenceNode sequence => "[" + string.Join(separator, sequence.Children.Select((c, i) =>
            Inline(c, ItemStyle(styleOf, i) ?? c, separator, inFlow: true))) + "]",
        YamlMappingNode mapping => "{ " + string.Join(", ", mapping.Children.Select(p =>
            Inline(p.Key, p.Key, inFlow: true) + ": " + Inline(p.Value, p.Value, separator, inFlow: true))) + " }",
        _ => YamlScalarWriter.DoubleQuoted(value.ToString()),
    };

    /// <summary>
    /// A block list whose first dash replaces the old first dash: later items start on new lines
    /// with <paramref name="indent"/> spaces before the dash.
    /// </summary>
    public static string BlockSequence(YamlSequenceNode value, YamlSequenceNode? styleOf, string indent, string newline) =>
        string.Join(newline + indent, value.Children.Select((c, i) => "- " + Inline(c, ItemStyle(styleOf, i) ?? c)));

    /// <summary>
    /// A scalar: numbers, booleans and nulls are written as the source wrote them (plain); strings
    /// take the translation's quoting when it has one, else the source's.
    /// </summary>
    private static string Scalar(YamlScalarNode scalar, ScalarStyle? preferred, bool inFlow)
    {
        var text = scalar.Value ?? "";
        var meaning = SharedValue.From(scalar).Meaning;
        var isString = meaning is JsonValue v && v.TryGetValue<string>(out _);
        if (!isString) return meaning is null ? (text.Length == 0 ? "null" : text) : text;
        var style = preferred is ScalarStyle.Plain or ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? preferred.Value : scalar.Style;
        return YamlScalarWriter.String(text, style, inFlow);
    }

    /// <summary>Items keep the quoting of the translation's item at the same place, or of its first item.</summary>
    private static YamlNode? ItemStyle(YamlNode? styleOf, int index) => styleOf is YamlSequenceNode { Children.Count: > 0 } seq
        ? seq.Children[Math.Min(index, seq.Children.Count - 1)]
        : null;
}
