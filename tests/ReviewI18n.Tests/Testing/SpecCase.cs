using YamlDotNet.RepresentationModel;

namespace ReviewI18n.Tests.Testing;

/// <summary>
/// One golden case from <c>Specs/*.yml</c>: an input tree, an optional pipeline.json overlay,
/// the command to run (default <c>check</c>) and the expected findings as
/// <c>rule file:line:column</c> lines. No <c>diagnostics</c> means the case expects none.
/// </summary>
public sealed record SpecCase(
    string Id,
    string Name,
    IReadOnlyDictionary<string, string> Inputs,
    string? ConfigOverlay,
    IReadOnlyList<string> Args,
    IReadOnlyList<string> ExpectedDiagnostics,
    int? ExpectedExit,
    IReadOnlyDictionary<string, string> ExpectedFiles)
{
    public static string SpecFolder => Path.Combine(AppContext.BaseDirectory, "Specs");

    /// <summary>Every case id (<c>file.yml#index</c>), for xunit's MemberData.</summary>
    public static IEnumerable<object[]> Ids() =>
        Directory.EnumerateFiles(SpecFolder, "*.yml", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(file => LoadFile(file).Select(c => new object[] { c.Id }));

    public static SpecCase Load(string id)
    {
        var hash = id.LastIndexOf('#');
        var file = Path.Combine(SpecFolder, id[..hash]);
        return LoadFile(file).Single(c => c.Id == id);
    }

    private static IEnumerable<SpecCase> LoadFile(string file)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(file)) stream.Load(reader);
        var relative = Path.GetRelativePath(SpecFolder, file).Replace('\\', '/');
        var index = 0;
        foreach (var document in stream.Documents)
        {
            var root = (YamlMappingNode)document.RootNode;
            var name = Scalar(root, "name") ?? $"case {index}";
            var inputs = Map(root, "inputs");
            var outputs = root.Children.TryGetValue(new YamlScalarNode("outputs"), out var o) ? (YamlMappingNode)o : new YamlMappingNode();
            var expected = outputs.Children.TryGetValue(new YamlScalarNode("diagnostics"), out var d)
                ? ((YamlSequenceNode)d).Children.Select(n => ((YamlScalarNode)n).Value!).ToList()
                : [];
            var exit = Scalar(outputs, "exit") is { } e ? int.Parse(e, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
            var args = root.Children.TryGetValue(new YamlScalarNode("args"), out var a)
                ? ((YamlSequenceNode)a).Children.Select(n => ((YamlScalarNode)n).Value!).ToList()
                : ["check", "--format", "json"];
            yield return new SpecCase($"{relative}#{index}", name, inputs, Scalar(root, "config"), args, expected, exit, Map(outputs, "files"));
            index++;
        }
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var n) ? ((YamlScalarNode)n).Value : null;

    private static Dictionary<string, string> Map(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var n)
            ? ((YamlMappingNode)n).Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value ?? "")
            : [];

    public override string ToString() => $"{Id} ({Name})";
}
