using System.Text.RegularExpressions;

namespace ReviewI18n.Tests.Testing.JsonSchema;

/// <summary>Paths into a value (JSONPath, <c>$.a['b c'][0]</c>) and into a schema (JSON pointer, <c>#/a/b~1c</c>).</summary>
internal static partial class JsonPaths
{
    public const string Root = "$";
    public const string SchemaRoot = "#";

    public static string Property(string path, string name) =>
        PlainName().IsMatch(name) ? $"{path}.{name}" : $"{path}['{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";

    public static string Index(string path, int index) => $"{path}[{index}]";

    /// <summary>RFC 6901: '~' becomes "~0" and '/' becomes "~1".</summary>
    public static string Pointer(string pointer, string token) =>
        $"{pointer}/{token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}";

    public static string Pointer(string pointer, int index) => $"{pointer}/{index}";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PlainName();
}
