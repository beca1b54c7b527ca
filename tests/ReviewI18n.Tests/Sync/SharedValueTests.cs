using System.Text.Json.Nodes;
using ReviewI18n.Sync;
using YamlDotNet.RepresentationModel;

namespace ReviewI18n.Tests.Sync;

public sealed class SharedValueTests
{
    [Theory]
    [InlineData("0.6", "0.60", true)]
    [InlineData("0", "-0", false)]
    [InlineData("1e3", "1000", true)]
    [InlineData("2025-07-31", "2025-07-31", true)]
    [InlineData("true", "True", true)]
    [InlineData("true", "false", false)]
    [InlineData("~", "null", true)]
    [InlineData("0.6", "\"0.6\"", false)]
    [InlineData("Acme One", "Acme  One", false)]
    public void Scalars_compare_by_meaning(string a, string b, bool same) => Assert.Equal(same, Value(a).SameAs(Value(b)));

    [Fact]
    public void A_flow_list_equals_the_same_items_as_a_block_list()
    {
        Assert.True(Value("[2.5, 0.5, 2]").SameAs(Value("- 2.50\n- 0.5\n- 2.0")));
        Assert.False(Value("[2.5, 0.5]").SameAs(Value("[2.5, 0.5, 2]")));
        Assert.False(Value("[2.5, 0.5]").SameAs(Value("[2.5, '0.5']")));
    }

    [Fact]
    public void Lone_surrogates_compare_as_the_json_writer_writes_them()
    {
        var a = SharedValue.FromJson(JsonValue.Create("x\uD800"));
        var b = SharedValue.FromJson(JsonValue.Create("x\uDC00"));
        Assert.Equal(a.Canonical == b.Canonical, a.SameAs(b));
    }

    /// <summary>Comparing meanings directly must agree with comparing their canonical text, for every kind of value.</summary>
    [Fact]
    public void Same_as_agrees_with_the_canonical_text()
    {
        string[] written =
        [
            "0.6", "0.60", "-0", "0", "0.0", "1e3", "1000", "1E+3", "+5", "5", "\"5\"", "'5'", "true", "TRUE", "false", "~", "null", "\"\"", "''",
            "Acme", "\"Acme\"", "アクメ", "\"a<b&c\"", "[1, 2]", "[1.0, 2]", "[1, \"2\"]", "[]", "{a: 1, b: [2]}", "{b: [2], a: 1.0}", "{a: 1}",
            "- 1\n- 2", "[[1], [2, 3]]", "[[1], [2, 3.0]]", "!!str 5",
            // Written alike is decided without the meaning: tags, non-specific tags and nesting must not fool it.
            "! 5", "!custom 5", "[!!str 1, 2]", "[\"1\", 2]", "[1, [2, [3]]]", "- [1]\n- 2",
        ];
        var values = written.Select(Value).Append(SharedValue.FromJson(JsonNode.Parse("[1, 2.000]"))).Append(SharedValue.FromJson(null)).ToList();
        foreach (var a in values)
        {
            foreach (var b in values)
            {
                Assert.Equal(a.Canonical == b.Canonical, a.SameAs(b));
            }
        }
    }

    private static SharedValue Value(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader("v: " + (yaml.Contains('\n') ? "\n" + string.Join("\n", yaml.Split('\n').Select(l => "  " + l)) : yaml)));
        return SharedValue.From(((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("v")]);
    }
}
