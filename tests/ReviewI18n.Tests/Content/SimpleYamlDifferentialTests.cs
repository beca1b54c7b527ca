using System.Text;
using ReviewI18n.Content;
using Xunit.Abstractions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReviewI18n.Tests.Content;

/// <summary>
/// The simple reader against YamlDotNet: whenever the simple reader accepts a front matter,
/// its fields must equal those YamlDotNet gives (keys, node kinds, styles, values, positions),
/// and <see cref="FrontMatterParser.Parse"/> must equal <see cref="FrontMatterParser.ParseFull"/>.
/// </summary>
public sealed class SimpleYamlDifferentialTests(ITestOutputHelper output)
{
    private const int Seed = 20250722;
    private const int Count = 2000;

    [Fact]
    public void Random_front_matters_agree_with_YamlDotNet()
    {
        var random = new Random(Seed);
        var accepted = 0;
        var acceptedWild = 0;
        var kinds = new Dictionary<string, int>();
        var failures = new List<string>();
        for (var n = 0; n < Count; n++)
        {
            // In every other one, one field is wild: any character anywhere, or a construct outside
            // the subset, so the edges of the subset are probed one at a time.
            var text = "---\n" + Generate(random, withWildField: n % 2 == 0) + "---\nBody\n";
            if (Check(text, out var failure))
            {
                accepted++;
                if (n % 2 == 0) acceptedWild++;
                var block = FrontMatterBlock.Locate(text, out _)!;
                foreach (var field in SimpleYamlReader.TryRead(text, block)!)
                {
                    var kind = field.Value switch
                    {
                        YamlScalarNode { Value: "" } s when s.Style == ScalarStyle.Plain => "empty",
                        YamlScalarNode s => s.Style.ToString(),
                        YamlSequenceNode q => q.Style.ToString(),
                        _ => "other",
                    };
                    kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
                }
            }
            if (failure is not null && failures.Count < 5) failures.Add(failure);
        }
        output.WriteLine($"{accepted} of {Count} accepted ({acceptedWild} wild); values: "
            + string.Join(", ", kinds.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key} {k.Value}")));
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        // The generator must exercise the accepting path a good deal, with every kind of value.
        Assert.InRange(accepted, Count * 2 / 5, Count);
        foreach (var kind in new[] { "empty", "Plain", "DoubleQuoted", "SingleQuoted", "Flow", "Block" })
        {
            Assert.True(kinds.GetValueOrDefault(kind) >= 100, $"only {kinds.GetValueOrDefault(kind)} accepted values of kind {kind}");
        }
    }

    [Theory]
    [InlineData("title: \"a: b\"\n")]
    [InlineData("x: a #c\n")]
    [InlineData("x: a#b\n")]
    [InlineData("x: 'it''s'\n")]
    [InlineData("x: [a, 'b, c']\n")]
    [InlineData("x: \"\\u00e9\"\n")]
    [InlineData("x: \"\\xe9\\x2F\\u65E5\"\n")]
    [InlineData("x: ~\n")]
    [InlineData("x: null\n")]
    [InlineData("x: \"\" \n")]
    [InlineData("x: a   \ny: 'b'   \nz: [c]   \nw:   \n")]
    [InlineData("x: [\"a\\\"b\", 'c''d', e f, -g, DTS:X, http://h/i]\n")]
    [InlineData("x: [ a ,b , c ]\n")]
    [InlineData("x: 日本語のタイトル「テスト」：その１\n")]
    [InlineData("summary: \"300W バイアンプ仕様の \\\"モニター\\\"、# ではない\"\n")]
    [InlineData("x: a, b [c] {d} 'e' \"f\"\n")]
    [InlineData("x: -1.5\ny: 2025-07-22\nz: 1e3\n")]
    [InlineData("x: \"tab\there\"\ny: 'tab\there'\n")]
    [InlineData("x: a\u00A0\ny: \u3000b\u3000\n")]
    [InlineData("x:\n  - a\n  # c\n\n  - 'b'\n  - \"c\"\ny:\n- d\n")]
    [InlineData("x:\n    - a\n    - b\n")]
    [InlineData("a:\nb:\n")]
    public void Tricky_cases_are_read_as_YamlDotNet_reads_them(string yaml)
    {
        foreach (var newline in new[] { "\n", "\r\n" })
        {
            var text = "---" + newline + yaml.Replace("\n", newline, StringComparison.Ordinal) + "---" + newline + "Body";
            Assert.True(Check(text, out var failure), failure ?? "the simple reader refused it");
            Assert.Null(failure);
        }
    }

    [Theory]
    [InlineData("---\nx: a\n---")]
    [InlineData("---\nx: [a, b]\n---")]
    [InlineData("---\nx:\n  - a\n---")]
    [InlineData("---\r\nx: \"a\"\r\ny:\r\n---")]
    [InlineData("---\nx: a\r\ny: b\n---\n")]
    public void Final_line_without_newline_and_mixed_line_ends(string text)
    {
        Assert.True(Check(text, out var failure), failure ?? "the simple reader refused it");
        Assert.Null(failure);
    }

    /// <summary>
    /// Returns whether the simple reader accepted; <paramref name="failure"/> describes any disagreement.
    /// </summary>
    private static bool Check(string text, out string? failure)
    {
        failure = null;
        var block = FrontMatterBlock.Locate(text, out _);
        if (block is null) return false;
        var simple = SimpleYamlReader.TryRead(text, block);
        FrontMatter? full;
        FrontMatterProblem? fullProblem;
        try
        {
            full = FrontMatterParser.ParseFull(text, out fullProblem);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // YamlDotNet itself throwing something unexpected: only a failure if we accepted.
            if (simple is not null) failure = $"simple accepted, YamlDotNet threw {ex.GetType().Name}: {ex.Message}\n{Show(text)}";
            return simple is not null;
        }

        var parsed = FrontMatterParser.Parse(text, out var problem);
        if (simple is null)
        {
            // The fallback must be exactly the YamlDotNet path.
            if (!Equals(problem, fullProblem) || (parsed is null) != (full is null)
                || (full is not null && FrontMatterComparison.Difference(full.Fields, parsed!.Fields) is not null))
            {
                failure = $"Parse differs from ParseFull after a fallback\n{Show(text)}";
            }
            return false;
        }
        if (full is null)
        {
            failure = $"simple accepted, YamlDotNet refused: {fullProblem?.Message}\n{Show(text)}";
            return true;
        }
        if (FrontMatterComparison.Difference(full.Fields, simple) is { } d1)
        {
            failure = $"{d1}\n{Show(text)}";
        }
        else if (problem is not null || parsed is null || FrontMatterComparison.Difference(full.Fields, parsed.Fields) is not null)
        {
            failure = $"Parse differs from the simple reader\n{Show(text)}";
        }
        return true;
    }

    private static string Show(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    // ---- The generator ----

    private static readonly string[] Keys =
        ["layout", "title", "target_name", "company_id", "lang", "ref", "date", "rating", "price", "summary", "tags",
         "permalink", "a", "x_1", "key-2", "K3", "null", "true", "2025", "_", "ab-cd_EF9"];

    // Mostly ordinary text, with every character that matters to YAML somewhere.
    private static readonly string[] Atoms =
        ["a", "b", "Sony", "MDR-EX800ST", " ", " ", "  ", "製品", "レビュー", "、", "「テスト」", "é", "😀", "\u00A0", "\u3000",
         ":", ": ", ":x", "#", " #", " # c", ",", ", ", "[", "]", "{", "}", "'", "\"", "\\", "-", "- ", "--", "?", "? ",
         "&a", "*a", "!t", "|", ">", "%", "@", "`", "~", "null", "1.5", "-2", "2025-07-22", "http://x.y/z?q=1#f", "DTS:X",
         "\t", "/", "''", "\\n"];

    private static readonly string[] Escapes =
        ["\\\\", "\\\"", "\\/", "\\n", "\\t", "\\r", "\\0", "\\a", "\\b", "\\f", "\\v", "\\e", "\\N", "\\_", "\\L", "\\P",
         "\\x41", "\\xe9", "\\xE9", "\\u00e9", "\\u3042", "\\u65E5", "\\uFFFD", "\\uD83D", "\\U0001F600", "\\q", "\\ ", "\\'", "\\x4", "\\u12"];

    private static string Generate(Random r, bool withWildField)
    {
        var nl = r.Next(6) == 0 ? "\r\n" : "\n";
        string Nl() => r.Next(40) == 0 ? (nl == "\n" ? "\r\n" : "\n") : nl;
        var sb = new StringBuilder();
        var keys = Keys.OrderBy(_ => r.Next()).Take(r.Next(1, 13)).ToList();
        var wildKey = withWildField ? keys[r.Next(keys.Count)] : null;
        foreach (var key in keys)
        {
            var wild = key == wildKey;
            switch (r.Next(12))
            {
                case 0: sb.Append(Nl()); break;
                case 1: sb.Append("# ").Append(Text(r, 0, 4)).Append(Nl()); break;
                case 2: sb.Append(' ', r.Next(1, 4)).Append(r.Next(3) == 0 ? "" : "# c").Append(Nl()); break;
            }
            sb.Append(key).Append(':');
            var gap = r.Next(8) == 0 ? new string(' ', r.Next(2, 5)) : " ";
            switch (r.Next(20))
            {
                case 0 or 1:
                    sb.Append(r.Next(3) == 0 ? gap : "").Append(r.Next(3) == 0 ? " # c" : "");
                    break;
                case 2 or 3 or 4:
                    sb.Append(gap).Append(wild ? Text(r, 1, 6, wild) : Plainish(r));
                    break;
                case 5 or 6 or 7:
                    sb.Append(gap).Append(DoubleQuoted(r, wild));
                    break;
                case 8 or 9:
                    sb.Append(gap).Append(SingleQuoted(r, wild));
                    break;
                case 10 or 11 or 12 or 13:
                    sb.Append(gap).Append(FlowSequence(r, wild));
                    break;
                case 14 or 15 or 16:
                    BlockSequence(r, sb, Nl, wild);
                    continue;
                case 17:
                    sb.Append(gap).Append(wild ? BlockEdges[r.Next(BlockEdges.Length)] : Plainish(r));
                    break;
                default:
                    sb.Append(gap).Append(wild ? Outside(r, Nl()) : Plainish(r));
                    break;
            }
            sb.Append(Trailer(r, wild)).Append(Nl());
        }
        if (r.Next(8) == 0) sb.Append("# end").Append(Nl());
        return sb.ToString();
    }

    // Characters YAML treats as line breaks, or does not allow, or that this reader refuses.
    private static readonly string[] WildAtoms =
        ["\r", "\u0085", "\u2028", "\u2029", "\uFEFF", "\u0001", "\u007F", "\u009F", "\uFFFE", "\uD800", "\uDC00", "\t"];

    private static string Text(Random r, int min, int max, bool wild = false)
    {
        var sb = new StringBuilder();
        var n = r.Next(min, max + 1);
        for (var i = 0; i < n; i++) sb.Append(wild && r.Next(6) == 0 ? WildAtoms[r.Next(WildAtoms.Length)] : Atoms[r.Next(Atoms.Length)]);
        return sb.ToString();
    }

    /// <summary>Text likely to be a valid plain scalar: words, spaces and the odd inner indicator.</summary>
    private static string Plainish(Random r, bool flow = false)
    {
        string[] words = flow
            ? ["Sony", "製品レビュー", "a", "x-y", "C#", "it's", "say \"hi\"", "DTS:X", "http://x/y", "é😀", "~", "-5", "50%", "2.9", "null", "\u00A0x"]
            : ["Sony", "製品レビュー", "a", "x-y", "C#", "it's", "say \"hi\"", "a:b", "[x]", "{y}", "1,000", "é😀", "~", "-5", "50%", "x\u00A0"];
        var n = r.Next(1, 5);
        return string.Join(r.Next(4) == 0 ? "  " : " ", Enumerable.Range(0, n).Select(_ => words[r.Next(words.Length)]));
    }

    private static string DoubleQuoted(Random r, bool wild)
    {
        var sb = new StringBuilder("\"");
        var n = r.Next(0, 7);
        for (var i = 0; i < n; i++)
        {
            if (r.Next(4) == 0)
            {
                // The last few escapes are ones the simple reader refuses.
                sb.Append(Escapes[r.Next(wild ? Escapes.Length : Escapes.Length - 7)]);
                continue;
            }
            var atom = Text(r, 1, 1, wild);
            // Usually escaped properly; in wild ones now and then left raw to make something invalid or longer.
            if (!wild || r.Next(12) != 0) atom = atom.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
            sb.Append(atom);
        }
        return sb.Append('"').ToString();
    }

    private static string SingleQuoted(Random r, bool wild)
    {
        var text = Text(r, 0, 6, wild);
        if (!wild || r.Next(12) != 0) text = text.Replace("'", "''", StringComparison.Ordinal);
        return "'" + text + "'";
    }

    // Short texts at the edge of what a plain scalar may be, in block and in flow context.
    private static readonly string[] BlockEdges =
        ["a:", "a: b", "a:b", "a::b", "a #b", "a#b", "-", "- a", "-a", "--- a", "?a", "? a", ":a", ": a", "*a", "&a b", "!a b", "|",
         ">", "%a", "@a", "`a`", "[a]", "[a] b", "{a}", "a]", "a}", "#a", "~", "a\tb", "a \t", "a,", ",a", "'a' b", "\"a\" b", "a'", "a\""];

    private static readonly string[] FlowEdges =
        ["a:", "a:b", "a: b", "a:,", "a:]", "a:[b]", "a::b", ":a", "a :b", "a #b", "a#b", "-", "- a", "-a", "--a", "?a", "? a", "a?",
         "*a", "&a", "!a", "|", ">", "%a", "@a", "`a", "[a]", "{a}", "a]", "a}", "a{", "a[", "", " ", "a\tb", "'a'b", "\"a\"b", "a'b"];

    private static string FlowItem(Random r, bool wild) => r.Next(6) switch
    {
        0 => DoubleQuoted(r, wild),
        1 => SingleQuoted(r, wild),
        2 when wild => Text(r, 1, 3, wild),
        _ => Plainish(r, flow: true),
    };

    private static string WildFlowItem(Random r) => r.Next(3) == 0 ? FlowItem(r, wild: true) : FlowEdges[r.Next(FlowEdges.Length)];

    private static string FlowSequence(Random r, bool wild)
    {
        if (r.Next(8) == 0) return r.Next(2) == 0 ? "[]" : "[ ]";
        var n = r.Next(1, 7);
        // A wild sequence has one wild item among ordinary ones.
        var wildItem = wild ? r.Next(n) : -1;
        var sb = new StringBuilder("[");
        if (r.Next(4) == 0) sb.Append(' ');
        for (var i = 0; i < n; i++)
        {
            if (i > 0) sb.Append(r.Next(5) switch { 0 => ",", 1 => " , ", 2 => ",  ", _ => ", " });
            sb.Append(i == wildItem ? WildFlowItem(r) : FlowItem(r, wild: false));
        }
        if (r.Next(4) == 0) sb.Append(' ');
        if (wild && r.Next(30) == 0) sb.Append(',');
        return sb.Append(']').ToString();
    }

    private static void BlockSequence(Random r, StringBuilder sb, Func<string> nl, bool wild)
    {
        sb.Append(r.Next(5) == 0 ? " # c" : "").Append(nl());
        var indent = new[] { 0, 0, 2, 2, 4, 1 }[r.Next(6)];
        var n = r.Next(1, 5);
        // A wild sequence has one wild item among ordinary ones.
        var wildItem = wild ? r.Next(n) : -1;
        for (var i = 0; i < n; i++)
        {
            var wildHere = i == wildItem;
            if (r.Next(8) == 0) sb.Append(nl());
            if (r.Next(10) == 0) sb.Append(' ', r.Next(0, 3)).Append("# c").Append(nl());
            var thisIndent = wildHere && r.Next(8) == 0 ? indent + (r.Next(2) == 0 ? 2 : -1) : indent;
            if (thisIndent < 0) thisIndent = 1;
            sb.Append(' ', thisIndent).Append('-').Append(' ', r.Next(20) == 0 ? 3 : 1);
            var item = r.Next(5) switch
            {
                0 => DoubleQuoted(r, wildHere),
                1 => SingleQuoted(r, wildHere),
                2 when wildHere => Text(r, 1, 3, wildHere),
                3 when wildHere => BlockEdges[r.Next(BlockEdges.Length)],
                _ => Plainish(r),
            };
            sb.Append(item).Append(Trailer(r, wildHere)).Append(nl());
        }
    }

    private static string Trailer(Random r, bool wild) => r.Next(8) switch
    {
        0 => "   ",
        1 => " # comment: [x], 'y'",
        2 when wild => "#x",
        _ => "",
    };

    /// <summary>Constructs outside the subset, so the fallback is exercised too.</summary>
    private static string Outside(Random r, string nl) => r.Next(13) switch
    {
        10 => "value" + nl + "- item",
        11 => "value" + nl + "  - item",
        12 => "" + nl + "  - item" + nl + "  more",
        0 => "&anchor value",
        1 => "!tag value",
        2 => "|" + nl + "  block" + nl + "  text",
        3 => ">-" + nl + "  folded",
        4 => nl + "  nested: map",
        5 => "plain" + nl + "  continued",
        6 => "\"quoted" + nl + "  continued\"",
        7 => "[a," + nl + "  b]",
        8 => "{a: b}",
        _ => "value" + nl + "\tindented: tab",
    };
}
