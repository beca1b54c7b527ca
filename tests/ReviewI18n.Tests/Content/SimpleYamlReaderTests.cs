using System.Text;
using ReviewI18n.Checks.FrontMatter;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Pairing;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ReviewI18n.Tests.Content;

public sealed class SimpleYamlReaderTests
{
    // "---\n" comes first, so the YAML starts at offset 4 on line 2.

    [Fact]
    public void Plain_scalar()
    {
        var f = Single(ReadSimple("layout: product\n"));
        AssertScalar(f.Value, "product", ScalarStyle.Plain);
        AssertPositions(f, "layout", 2, 1, 2, 9, 12, 19);
    }

    [Fact]
    public void Plain_scalar_keeps_inner_spaces_and_indicators_that_are_not_at_its_start()
    {
        var fields = ReadSimple("a: Foo [Bar], {x} & y's \"z\" 100% @ `q` ~\nb: -5\nc: http://example.com/a?b=c#d\nd: DTS:X\n");
        AssertScalar(fields[0].Value, "Foo [Bar], {x} & y's \"z\" 100% @ `q` ~", ScalarStyle.Plain);
        AssertScalar(fields[1].Value, "-5", ScalarStyle.Plain);
        AssertScalar(fields[2].Value, "http://example.com/a?b=c#d", ScalarStyle.Plain);
        AssertScalar(fields[3].Value, "DTS:X", ScalarStyle.Plain);
    }

    [Fact]
    public void Double_quoted_scalar_with_escapes()
    {
        var f = Single(ReadSimple("title: \"a \\\"q\\\" \\\\ \\/ \\n\\t\\u00e9\\x41\\u3042\"\n"));
        AssertScalar(f.Value, "a \"q\" \\ / \n\té" + "A" + "あ", ScalarStyle.DoubleQuoted);
        // The value runs from the opening quote to just after the closing one.
        AssertPositions(f, "title", 2, 1, 2, 8, 11, 47);
    }

    [Fact]
    public void Double_quoted_scalar_with_the_rarer_escapes()
    {
        var f = Single(ReadSimple("x: \"\\0\\a\\b\\f\\v\\r\\e\\N\\_\\L\\P\"\n"));
        AssertScalar(f.Value, "\0\a\b\f\v\r\x1B\x85\xA0\u2028\u2029", ScalarStyle.DoubleQuoted);
    }

    [Fact]
    public void Double_quoted_scalar_keeps_hash_colon_and_trailing_spaces_inside()
    {
        var f = Single(ReadSimple("x: \"a: b # c \"  # comment\n"));
        AssertScalar(f.Value, "a: b # c ", ScalarStyle.DoubleQuoted);
        AssertPositions(f, "x", 2, 1, 2, 4, 7, 18);
    }

    [Fact]
    public void Single_quoted_scalar()
    {
        var f = Single(ReadSimple("x: 'it''s \\n'\n"));
        AssertScalar(f.Value, "it's \\n", ScalarStyle.SingleQuoted);
        AssertPositions(f, "x", 2, 1, 2, 4, 7, 17);
    }

    [Fact]
    public void Empty_quoted_scalars_are_empty_strings()
    {
        var fields = ReadSimple("a: \"\" \nb: ''\n");
        AssertScalar(fields[0].Value, "", ScalarStyle.DoubleQuoted);
        AssertPositions(fields[0], "a", 2, 1, 2, 4, 7, 9);
        AssertScalar(fields[1].Value, "", ScalarStyle.SingleQuoted);
        Assert.True(fields[0].IsEmpty);
        Assert.Equal("", fields[0].Scalar);
    }

    [Fact]
    public void Flow_sequence_of_mixed_scalars()
    {
        var f = Single(ReadSimple("tags: [a, \"b, c\", 'd''e',  日本 語 ] # c\n"));
        var seq = Assert.IsType<YamlSequenceNode>(f.Value);
        Assert.Equal(SequenceStyle.Flow, seq.Style);
        Assert.Equal(4, seq.Children.Count);
        AssertScalar(seq.Children[0], "a", ScalarStyle.Plain);
        AssertScalar(seq.Children[1], "b, c", ScalarStyle.DoubleQuoted);
        AssertScalar(seq.Children[2], "d'e", ScalarStyle.SingleQuoted);
        AssertScalar(seq.Children[3], "日本 語", ScalarStyle.Plain);
        // A flow sequence's value ends after its ']' (the comment is not part of it).
        AssertPositions(f, "tags", 2, 1, 2, 7, 10, 37);
        Assert.Equal(["a", "b, c", "d'e", "日本 語"], f.Items);
    }

    [Fact]
    public void Rating_array_and_empty_flow_sequence()
    {
        var fields = ReadSimple("rating: [2.9, 0.4, -0.6]\ntags: [ ]\n");
        Assert.Equal(["2.9", "0.4", "-0.6"], fields[0].Items);
        var empty = Assert.IsType<YamlSequenceNode>(fields[1].Value);
        Assert.Empty(empty.Children);
        Assert.True(fields[1].IsEmpty);
        AssertPositions(fields[1], "tags", 3, 1, 3, 7, 35, 38);
    }

    [Fact]
    public void Indented_block_sequence()
    {
        var fields = ReadSimple("tags:\n  - a\n  - \"b\"\nnext: 1\n");
        var seq = Assert.IsType<YamlSequenceNode>(fields[0].Value);
        Assert.Equal(SequenceStyle.Block, seq.Style);
        AssertScalar(seq.Children[0], "a", ScalarStyle.Plain);
        AssertScalar(seq.Children[1], "b", ScalarStyle.DoubleQuoted);
        // A block sequence starts at its first '-' and ends where its last item ends.
        AssertPositions(fields[0], "tags", 2, 1, 3, 3, 12, 23);
        AssertPositions(fields[1], "next", 5, 1, 5, 7, 30, 31);
    }

    [Fact]
    public void Indentless_block_sequence_with_comments_and_blank_lines()
    {
        var fields = ReadSimple("tags:\n# first\n- a # c\n\n-   'b'\nnext: 1\n");
        Assert.Equal(["a", "b"], fields[0].Items);
        Assert.Equal(SequenceStyle.Block, ((YamlSequenceNode)fields[0].Value).Style);
        // At column 1 too, the sequence runs from its first '-' to the end of its last item.
        AssertPositions(fields[0], "tags", 2, 1, 4, 1, 18, 34);
        Assert.Equal(7, fields[1].Line);
    }

    [Fact]
    public void Empty_values_are_null_and_sit_just_after_the_colon()
    {
        var fields = ReadSimple("a:\nb:   # c\nc: ~\nd: null\n");
        AssertScalar(fields[0].Value, "", ScalarStyle.Plain);
        AssertPositions(fields[0], "a", 2, 1, 2, 3, 6, 6);
        AssertPositions(fields[1], "b", 3, 1, 3, 3, 9, 9);
        AssertScalar(fields[2].Value, "~", ScalarStyle.Plain);
        AssertScalar(fields[3].Value, "null", ScalarStyle.Plain);
        Assert.All(fields, f => Assert.Null(f.Scalar));
        Assert.All(fields, f => Assert.True(f.IsEmpty));
    }

    [Fact]
    public void Comments_end_plain_scalars_only_after_a_space()
    {
        var fields = ReadSimple("# top\nx: a #c\ny: a#b\n  # indented\nz: 'q' # c\n");
        AssertScalar(fields[0].Value, "a", ScalarStyle.Plain);
        AssertPositions(fields[0], "x", 3, 1, 3, 4, 13, 14);
        AssertScalar(fields[1].Value, "a#b", ScalarStyle.Plain);
        AssertPositions(fields[1], "y", 4, 1, 4, 4, 21, 24);
        AssertScalar(fields[2].Value, "q", ScalarStyle.SingleQuoted);
        AssertPositions(fields[2], "z", 6, 1, 6, 4, 41, 44);
    }

    [Fact]
    public void Trailing_spaces_are_not_part_of_a_plain_scalar()
    {
        var fields = ReadSimple("x: a b   \ny: \"q\"   \n");
        AssertScalar(fields[0].Value, "a b", ScalarStyle.Plain);
        AssertPositions(fields[0], "x", 2, 1, 2, 4, 7, 10);
        AssertPositions(fields[1], "y", 3, 1, 3, 4, 17, 20);
    }

    [Fact]
    public void Crlf_line_endings_count_both_characters()
    {
        var text = Doc("a: b\r\nc:\r\n  - d\r\ne: \r\n", "\r\n");
        var fields = ReadAndCompare(text);
        AssertPositions(fields[0], "a", 2, 1, 2, 4, 8, 9);
        AssertPositions(fields[1], "c", 3, 1, 4, 3, 17, 20);
        Assert.Equal(["d"], fields[1].Items);
        AssertPositions(fields[2], "e", 5, 1, 5, 3, 24, 24);
    }

    [Fact]
    public void Final_line_without_newline()
    {
        var fields = ReadAndCompare("---\na: b\n---");
        AssertPositions(Single(fields), "a", 2, 1, 2, 4, 7, 8);

        // A block whose YAML itself ends without a line break.
        const string text = "---\na: b\nc:";
        var noBreak = SimpleYamlReader.TryRead(text, new FrontMatterBlock(4, 7, 2, 4, text.Length, 4));
        Assert.NotNull(noBreak);
        AssertPositions(noBreak[0], "a", 2, 1, 2, 4, 7, 8);
        AssertPositions(noBreak[1], "c", 3, 1, 3, 3, 11, 11);
    }

    [Fact]
    public void Columns_and_offsets_count_utf16_code_units()
    {
        var fields = ReadSimple("title: \"日本語 😀\"\nx: é😀b\n");
        AssertPositions(fields[0], "title", 2, 1, 2, 8, 11, 19);
        AssertScalar(fields[1].Value, "é😀b", ScalarStyle.Plain);
        AssertPositions(fields[1], "x", 3, 1, 3, 4, 23, 27);
    }

    [Fact]
    public void Empty_or_comment_only_front_matter_has_no_fields()
    {
        Assert.Empty(ReadAndCompare("---\n---\nBody\n"));
        Assert.Empty(ReadAndCompare("---\n\n# only a comment\n   \n---\n"));
    }

    [Fact]
    public void Keys_may_hold_digits_underscores_and_dashes()
    {
        var fields = ReadSimple("target_name: a\nkey-2: b\n2025: c\nnull: d\n");
        Assert.Equal(["target_name", "key-2", "2025", "null"], fields.Select(f => f.Key));
    }

    [Theory]
    [InlineData("a: &anchor b\n")]
    [InlineData("a: b\nc: *anchor\n")]
    [InlineData("a: !tag b\n")]
    [InlineData("a: !!str 5\n")]
    [InlineData("a: |\n  text\n")]
    [InlineData("a: >-\n  text\n")]
    [InlineData("a:\n  b: c\n")]
    [InlineData("a:\n  b\n")]
    [InlineData("a: b\n  c\n")]
    [InlineData("a: b\n\n  c\n")]
    [InlineData("a: \"b\n  c\"\n")]
    [InlineData("a: 'b\n  c'\n")]
    [InlineData("a: [b,\n  c]\n")]
    [InlineData("a: {b: c}\n")]
    [InlineData("a: [b, [c]]\n")]
    [InlineData("a: [b, {c: d}]\n")]
    [InlineData("a: [b: c]\n")]
    [InlineData("a: [b:, c]\n")]
    [InlineData("a: [b:]\n")]
    [InlineData("a: [b #c]\n")]
    [InlineData("a: [b, #c\n  d]\n")]
    [InlineData("a: [b, , c]\n")]
    [InlineData("a: [b, c,]\n")]
    [InlineData("a: [b] c\n")]
    [InlineData("a: [b]#c\n")]
    [InlineData("a: \"b\" c\n")]
    [InlineData("a: \"b\"#c\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: b:\n")]
    [InlineData("a : b\n")]
    [InlineData("a:b\n")]
    [InlineData("\"a\": b\n")]
    [InlineData("'a': b\n")]
    [InlineData("a b: c\n")]
    [InlineData("日本: c\n")]
    [InlineData("? a\n: b\n")]
    [InlineData("- a\n")]
    [InlineData("-a: b\n")]
    [InlineData(" a: b\n")]
    [InlineData("a: b\n- c\n")]
    [InlineData("a: - b\n")]
    [InlineData("a: -\n")]
    [InlineData("a:\n- b\n  - c\n")]
    [InlineData("a:\n  - b\n- c\n")]
    [InlineData("a:\n  - b\n    c\n")]
    [InlineData("a:\n-\n")]
    [InlineData("a:\n- \n")]
    [InlineData("a:\n- # c\n")]
    [InlineData("a:\n- - b\n")]
    [InlineData("a:\n- b: c\n")]
    [InlineData("a:\n- [b]\n")]
    [InlineData("a:\n\t- b\n")]
    [InlineData("a:\tb\n")]
    [InlineData("a: b\tc\n")]
    [InlineData("\ta: b\n")]
    [InlineData("a: ,b\n")]
    [InlineData("a: @b\n")]
    [InlineData("a: `b`\n")]
    [InlineData("a: %b\n")]
    [InlineData("a: ?b\n")]
    [InlineData("a: :b\n")]
    [InlineData("a: \"\\q\"\n")]
    [InlineData("a: \"\\U0001F600\"\n")]
    [InlineData("a: \"\\ud83d\"\n")]
    [InlineData("a: \"\\x4\"\n")]
    [InlineData("a: \"\\ \"\n")]
    [InlineData("a: \"b\\\n")]
    [InlineData("a: \"b\n")]
    [InlineData("a: 'b\n")]
    [InlineData("%YAML 1.2\n")]
    [InlineData("a: b\n... x\n")]
    [InlineData("--- a\n")]
    [InlineData("a: b\u0001c\n")]
    [InlineData("a: b\u0085c\n")]
    [InlineData("a: b\u2028c\n")]
    [InlineData("a: b\rc: d\n")]
    [InlineData("just a scalar\n")]
    public void Outside_the_subset_falls_back_to_YamlDotNet_unchanged(string yaml)
    {
        var text = Doc(yaml);
        var block = FrontMatterBlock.Locate(text, out _);
        Assert.NotNull(block);
        Assert.Null(SimpleYamlReader.TryRead(text, block));
        AssertParseEqualsFull(text);
    }

    [Fact]
    public void Byte_order_marks_and_lone_surrogates_fall_back()
    {
        foreach (var yaml in new[] { "\uFEFFa: b\n", "a: b\uFEFF\n", "a: b\uD800\n", "a: \uDC00b\n", "a: \"b\uD800\"\n" })
        {
            var text = Doc(yaml);
            Assert.Null(SimpleYamlReader.TryRead(text, FrontMatterBlock.Locate(text, out _)!));
            AssertParseEqualsFull(text);
        }
    }

    [Fact]
    public void Long_keys_fall_back()
    {
        var text = Doc(new string('k', 1500) + ": v\n");
        Assert.Null(SimpleYamlReader.TryRead(text, FrontMatterBlock.Locate(text, out _)!));
        AssertParseEqualsFull(text);
    }

    [Fact]
    public void Fallback_keeps_the_YamlDotNet_reading_of_what_it_accepts()
    {
        var text = Doc("a: &x b\nc: |\n  line\nd:\n  e: f\n");
        var fm = FrontMatterParser.Parse(text, out var problem);
        Assert.Null(problem);
        Assert.NotNull(fm);
        Assert.Equal(["a", "c", "d"], fm.Fields.Select(f => f.Key));
        Assert.Equal("line\n", fm.GetScalar("c"));
        Assert.IsType<YamlMappingNode>(fm["d"]!.Value);
    }

    [Fact]
    public void Duplicate_keys_are_kept_in_order_and_the_last_wins()
    {
        var text = Doc("ref: one\ntitle: t\nref: two\ndate: 1\nref: three\n");
        var fm = FrontMatterParser.Parse(text, out var problem);
        Assert.Null(problem);
        Assert.NotNull(fm);
        Assert.Equal(["ref", "title", "ref", "date", "ref"], fm.Fields.Select(f => f.Key));
        Assert.Equal("three", fm.GetScalar("ref"));
        Assert.Equal(6, fm["ref"]!.Line);
        Assert.Equal([2, 4], fm.DuplicateFields.Select(f => f.Line));
        Assert.Equal(["one", "two"], fm.DuplicateFields.Select(f => f.Scalar));

        // YamlDotNet alone refuses a repeated key; the full parser then reads key by key and
        // gives the same fields, so the result does not depend on which parser ran.
        var full = FrontMatterParser.ParseFull(text, out var fullProblem);
        Assert.Null(fullProblem);
        Assert.Equal(fm.Fields.Select(f => (f.Key, f.Line, f.Scalar, f.ValueStart, f.ValueEnd)), full!.Fields.Select(f => (f.Key, f.Line, f.Scalar, f.ValueStart, f.ValueEnd)));
    }

    [Fact]
    public void A_repeated_key_beside_a_block_scalar_is_a_duplicate_key_too()
    {
        // The block scalar sends the file to YamlDotNet, which refuses the repeated ref on its own.
        var text = Doc("ref: one\nsummary: |\n  two lines\n  of text\nref: two\n");
        var fm = FrontMatterParser.Parse(text, out var problem);
        Assert.Null(problem);
        Assert.Equal(["ref", "summary", "ref"], fm!.Fields.Select(f => f.Key));
        Assert.Equal(("two", "two lines\nof text\n"), (fm.GetScalar("ref"), fm.GetScalar("summary")));
        Assert.Equal(["one"], fm.DuplicateFields.Select(f => f.Scalar));
    }

    [Fact]
    public void Front_matter_without_duplicates_has_none()
    {
        var fm = FrontMatterParser.Parse(Doc("a: 1\nb: 2\n"), out _);
        Assert.NotNull(fm);
        Assert.Empty(fm.DuplicateFields);
    }

    [Fact]
    public void Duplicate_key_is_reported_at_the_ignored_occurrence()
    {
        var doc = Document(Doc("layout: product\nref: same\nlang: en\nref: same\n"));
        var findings = new List<Diagnostic>();
        new FrontMatterCheck().Check(doc, ReviewI18n.Tests.Testing.Analysed.Site(Site(doc)), findings);

        var finding = Assert.Single(findings);
        Assert.Same(Rules.DuplicateKey, finding.Rule);
        Assert.Equal("RI108", finding.Rule.Code);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(3, finding.Line);
        Assert.Equal(1, finding.Column);
        Assert.Contains("'ref'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("line 5", finding.Message, StringComparison.Ordinal);
        Assert.Contains(Rules.DuplicateKey, Rules.All);
        Assert.Same(Rules.DuplicateKey, Rules.Find("duplicate-key"));
    }

    [Fact]
    public void Parse_prefers_the_simple_reader_and_matches_YamlDotNet()
    {
        var text = Doc("layout: product\ntitle: \"Sony MDR-EX800ST Product Review\"\ntarget_name: \"Sony MDR-EX800ST\"\n"
            + "company_id: sony\nlang: en\nref: sony-mdr-ex800st\ndate: 2025-07-22\nrating: [2.9, 0.4, 0.6, 0.4, 0.5, 1.0]\n"
            + "price: 139\nsummary: \"A professional IEM ... \\\"quoted\\\" ...\"\n"
            + "tags: [Dynamic driver, In-ear monitors, Monitor, Professional, Sony]\npermalink: /products/en/sony-mdr-ex800st/\n");
        Assert.NotNull(SimpleYamlReader.TryRead(text, FrontMatterBlock.Locate(text, out _)!));
        var fm = AssertParseEqualsFull(text);
        Assert.Equal("A professional IEM ... \"quoted\" ...", fm!.GetScalar("summary"));
        Assert.Equal(12, fm.Fields.Count);
    }

    internal static string Doc(string yaml, string newline = "\n") => "---" + newline + yaml + "---" + newline + "Body" + newline;

    /// <summary>Reads with the simple reader, which must accept, and checks it agrees with YamlDotNet.</summary>
    private static IReadOnlyList<FrontMatterField> ReadSimple(string yaml) => ReadAndCompare(Doc(yaml));

    private static IReadOnlyList<FrontMatterField> ReadAndCompare(string text)
    {
        var block = FrontMatterBlock.Locate(text, out var locateProblem);
        Assert.True(block is not null, locateProblem);
        var fields = SimpleYamlReader.TryRead(text, block);
        Assert.True(fields is not null, "the simple reader refused it");
        var full = FrontMatterParser.ParseFull(text, out var problem);
        Assert.True(full is not null, problem?.Message);
        Assert.Null(FrontMatterComparison.Difference(full.Fields, fields));
        return fields;
    }

    private static FrontMatter? AssertParseEqualsFull(string text)
    {
        var fm = FrontMatterParser.Parse(text, out var problem);
        var full = FrontMatterParser.ParseFull(text, out var fullProblem);
        Assert.Equal(fullProblem, problem);
        Assert.Equal(full is null, fm is null);
        if (full is not null) Assert.Null(FrontMatterComparison.Difference(full.Fields, fm!.Fields));
        return fm;
    }

    private static FrontMatterField Single(IReadOnlyList<FrontMatterField> fields) => Assert.Single(fields);

    private static void AssertScalar(YamlNode node, string value, ScalarStyle style)
    {
        var scalar = Assert.IsType<YamlScalarNode>(node);
        Assert.Equal(value, scalar.Value);
        Assert.Equal(style, scalar.Style);
    }

    private static void AssertPositions(FrontMatterField f, string key, int line, int column, int valueLine, int valueColumn, int valueStart, int valueEnd)
    {
        Assert.Equal(key, f.Key);
        Assert.Equal((line, column, valueLine, valueColumn, valueStart, valueEnd),
            (f.Line, f.Column, f.ValueLine, f.ValueColumn, f.ValueStart, f.ValueEnd));
    }

    private static readonly CollectionConfig Products = new("products", "_products/{locale}", "/products/{locale}/{ref}/");

    private static ReviewDocument Document(string text) =>
        DocumentReader.Read(Encoding.UTF8.GetBytes(text), "/site/_products/en/x.md", "_products/en/x.md", Products, "en");

    private static SiteModel Site(ReviewDocument doc) => Pairer.Pair(PipelineConfig.From(new PipelineOptions
    {
        SourceLocale = "en",
        Locales = ["en"],
        Collections = [new CollectionOptions { Name = "products", Path = "_products/{locale}", Permalink = "/products/{locale}/{ref}/" }],
        FrontMatter = new FrontMatterOptions { Shared = [], Localized = [], Required = [] },
    }, "/site/pipeline.json"), [doc]);
}
