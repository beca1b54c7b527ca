using System.Text;

namespace ReviewI18n.Tests.Reliability;

/// <summary>
/// The catalogue of bad input, as the bytes of one file, with the finding it must give (rule and
/// line). Every command meets every one of them in <see cref="EveryCommandTests"/>.
/// </summary>
public static class BadInputs
{
    public sealed record Case(string Name, byte[] Bytes, string Rule, int Line)
    {
        public override string ToString() => Name;
    }

    private static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);

    public static IReadOnlyList<Case> All { get; } =
    [
        new("empty file", [], "front-matter-invalid", 1),
        new("binary", Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256)).ToArray(), "front-matter-invalid", 1),
        new("front matter not closed", Utf8("---\nref: bad\ntitle: x\n## Overview\n"), "front-matter-invalid", 1),
        new("YAML syntax error", Utf8("---\nref: bad\ntitle: 'unterminated\n---\n"), "front-matter-invalid", 3),
        new("broken flow list", Utf8("---\nref: bad\nrating: [3.y: A review\ntags: [a]\n---\n"), "front-matter-invalid", 2),
        new("tabs in YAML", Utf8("---\nref: bad\ntags:\n\t- a\n---\n"), "front-matter-invalid", 4),
        new("duplicate keys", Utf8("---\nref: bad\ntitle: a\ntitle: b\n---\n"), "duplicate-key", 3),
        new("alias that contains itself", Utf8("---\nref: bad\nx: &a [*a]\n---\n"), "front-matter-invalid", 3),
        // Loaded without expanding a single alias (the model shares nodes), so it is simply a review.
        new("alias bomb", Utf8(AliasBomb()), "missing-translation", 2),
        new("deep nesting", Utf8($"---\nref: bad\nx: {new string('[', 10_000)}{new string(']', 10_000)}\n---\n"), "front-matter-invalid", 3),
        new("10,000-character line", Utf8("---\nref: bad\n---\n## Overview\n" + new string('a', 10_000) + "\n"), "missing-translation", 2),
        new("ref with ../", Utf8("---\nref: ../../etc/passwd\n---\n"), "front-matter-invalid", 2),
        new("ref with a separator", Utf8("---\nref: a\\b\n---\n"), "front-matter-invalid", 2),
        new("ref not a string", Utf8("---\nref: {a: b}\n---\n"), "front-matter-invalid", 2),
        new("NUL bytes", Utf8("---\nref: a\0b\ntitle: x\n---\n"), "front-matter-invalid", 2),
        new("UTF-16", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("---\nref: bad\n---\n")], "front-matter-invalid", 1),
        new("invalid UTF-8 in body", [.. Utf8("---\nref: bad\n---\n## Overview\n\nbad "), 0xED, 0xA0, 0x80, 0xFF, .. Utf8("\n")], "invalid-utf8", 6),
    ];

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in All) data.Add(c.Name);
        return data;
    }

    public static Case Named(string name) => All.Single(c => c.Name == name);

    /// <summary>Ten levels of nine aliases each: 9^10 strings if anything expanded it.</summary>
    private static string AliasBomb()
    {
        var text = new StringBuilder("---\nref: bad\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var i = 0; i < 9; i++)
        {
            var (self, prev) = ((char)('b' + i), (char)('a' + i));
            text.Append($"{self}: &{self} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n");
        }
        return text.Append("---\n").ToString();
    }
}
