using YamlDotNet.RepresentationModel;

namespace ReviewI18n.Tests.Testing;

/// <summary>
/// One golden case from <c>Specs/*.yml</c>: an input tree, an optional pipeline.json overlay,
/// the command to run (default <c>check</c>) and the expected findings as
/// <c>rule file:line:column</c> lines. No <c>diagnostics</c> means the case expects none.
/// <c>history</c>, when given, is a list of trees committed one after another in a new git
/// repository before <c>inputs</c> is written on top of them (drift reads that history). A file
/// may open with a document holding only <c>base</c>, a tree every case of the file starts from
/// (written before the first commit, or before the inputs); cases then list only what differs.
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
    /// <summary>The file's base tree, written first.</summary>
    public IReadOnlyDictionary<string, string> Base { get; init; } = new Dictionary<string, string>();

    /// <summary>Trees to commit in order before the inputs are written; empty: the site is not in git.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> History { get; init; } = [];

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
        IReadOnlyDictionary<string, string> baseTree = new Dictionary<string, string>();
        foreach (var document in stream.Documents)
        {
            var root = (YamlMappingNode)document.RootNode;
            if (index == 0 && root.Children.Count == 1 && root.Children.ContainsKey(new YamlScalarNode("base")))
            {
                baseTree = Map(root, "base");
                continue;
            }
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
            var history = root.Children.TryGetValue(new YamlScalarNode("history"), out var h)
                ? ((YamlSequenceNode)h).Children.Select(c => (IReadOnlyDictionary<string, string>)Map((YamlMappingNode)c, "files")).ToList()
                : [];
            yield return new SpecCase($"{relative}#{index}", name, inputs, Scalar(root, "config"), args, expected, exit, Map(outputs, "files")) { Base = baseTree, History = history };
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
