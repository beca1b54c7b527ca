using ReviewI18n.Content;
using YamlDotNet.RepresentationModel;

namespace ReviewI18n.Tests.Content;

public sealed class FrontMatterParserTests
{
    [Fact]
    public void Fields_keep_file_positions_of_key_and_value()
    {
        var text = "---\nlayout: product\nrating: [2.9, 0.4]\ntags:\n  - a\n  - b\n---\nbody\n";
        var fm = FrontMatterParser.Parse(text, out var problem);
        Assert.Null(problem);
        Assert.NotNull(fm);
        Assert.Equal(["layout", "rating", "tags"], fm.Fields.Select(f => f.Key));
        var rating = fm["rating"]!;
        Assert.Equal((3, 1, 3, 9), (rating.Line, rating.Column, rating.ValueLine, rating.ValueColumn));
        Assert.Equal("[2.9, 0.4]", text[rating.ValueStart..rating.ValueEnd]);
        Assert.Equal(["a", "b"], fm["tags"]!.Items!);
        Assert.Equal(8, fm.Block.BodyFirstLine);
        Assert.Equal("body\n", text[fm.Block.BodyStart..]);
    }

    [Theory]
    [InlineData("x: ~")]
    [InlineData("x: null")]
    [InlineData("x:")]
    [InlineData("x: \"\"")]
    [InlineData("x: []")]
    public void Empty_values_are_empty(string line)
    {
        var fm = FrontMatterParser.Parse($"---\n{line}\n---\n", out _)!;
        Assert.True(fm["x"]!.IsEmpty);
    }

    [Fact]
    public void Quoted_null_is_a_string_not_empty()
    {
        var fm = FrontMatterParser.Parse("---\nx: \"null\"\n---\n", out _)!;
        Assert.False(fm["x"]!.IsEmpty);
        Assert.Equal("null", fm.GetScalar("x"));
    }

    [Fact]
    public void A_scalar_document_is_a_problem_with_a_position()
    {
        Assert.Null(FrontMatterParser.Parse("---\njust text\n---\n", out var problem));
        Assert.Equal(2, problem!.Line);
    }

    [Fact]
    public void An_alias_bomb_loads_without_expanding()
    {
        var lines = new List<string> { "a: &a [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 0; i < 20; i++) lines.Add($"{(char)('b' + i)}: &{(char)('b' + i)} [*{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}]");
        var fm = FrontMatterParser.Parse($"---\n{string.Join('\n', lines)}\n---\n", out var problem);
        Assert.Null(problem);
        Assert.IsType<YamlSequenceNode>(fm!["u"]!.Value);
    }

    [Fact]
    public void Closing_dots_end_the_front_matter()
    {
        var fm = FrontMatterParser.Parse("---\nref: x\n...\nbody", out var problem);
        Assert.Null(problem);
        Assert.Equal(4, fm!.Block.BodyFirstLine);
    }
}
