using ReviewI18n.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReviewI18n.Glossary;

/// <summary>
/// Reading the small YAML files of the glossary folder (<c>values.yml</c>, <c>sources.yml</c>): a
/// file that is absent means nothing configured, and one that does not parse or has the wrong
/// shape is a configuration error naming the file and line.
/// </summary>
internal static class GlossaryYaml
{
    /// <summary>Parses <paramref name="fileName"/> in the glossary folder, or returns <paramref name="empty"/> when there is none.</summary>
    public static T Load<T>(string glossaryFolder, string fileName, Func<string, string, T> parse, T empty)
    {
        var path = Path.Combine(glossaryFolder, fileName);
        if (!File.Exists(path)) return empty;
        try
        {
            return parse(File.ReadAllText(path), path);
        }
        catch (YamlException ex)
        {
            throw new ConfigurationException(path, $"line {ex.Start.Line}: {ex.Message}");
        }
    }

    /// <summary>The file's top mapping; null for an empty file.</summary>
    public static YamlMappingNode? Root(string yaml, string path, string expected)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return null;
        return stream.Documents[0].RootNode as YamlMappingNode ?? throw Shape(path, stream.Documents[0].RootNode, expected);
    }

    public static IEnumerable<YamlNode> Sequence(YamlNode node, string path, string expected) =>
        node is YamlSequenceNode seq ? seq.Children : throw Shape(path, node, expected);

    public static string Scalar(YamlNode node, string path) =>
        node is YamlScalarNode { Value: { } value } ? value : throw Shape(path, node, "a plain value");

    public static ConfigurationException Shape(string path, YamlNode node, string expected) =>
        new(path, $"line {node.Start.Line}: expected {expected}");
}
