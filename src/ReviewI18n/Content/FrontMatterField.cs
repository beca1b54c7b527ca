using YamlDotNet.RepresentationModel;

namespace ReviewI18n.Content;

/// <summary>
/// One top-level key of the front matter with the positions of key and value in the file
/// (1-based line and column; offsets into the decoded text), so findings and sync edits can
/// point at the exact place.
/// </summary>
public sealed record FrontMatterField(string Key, YamlNode Value, int Line, int Column, int ValueLine, int ValueColumn, int ValueStart, int ValueEnd)
{
    /// <summary>The scalar value, or null for a sequence, a mapping or an explicit null.</summary>
    public string? Scalar => Value is YamlScalarNode s && !IsNullScalar(s) ? s.Value : null;

    /// <summary>True when the value is absent in meaning: null, empty string, empty list or mapping.</summary>
    public bool IsEmpty => Value switch
    {
        YamlScalarNode s => IsNullScalar(s) || string.IsNullOrWhiteSpace(s.Value),
        YamlSequenceNode seq => seq.Children.Count == 0,
        YamlMappingNode map => map.Children.Count == 0,
        _ => true,
    };

    /// <summary>The items of a sequence value as strings (scalars only); null when the value is not a sequence.</summary>
    public IReadOnlyList<string>? Items => Value is YamlSequenceNode seq
        ? seq.Children.Select(c => c is YamlScalarNode s ? s.Value ?? "" : "").ToList()
        : null;

    private static bool IsNullScalar(YamlScalarNode s) =>
        s.Style == YamlDotNet.Core.ScalarStyle.Plain && s.Value is null or "" or "~" or "null" or "Null" or "NULL";
}
