using System.Text;

namespace ReviewI18n.Tests.Sync;

/// <summary>
/// Seeded random front matters for the sync property test: the same keys written in every style
/// the real site uses (flow and block lists, tight commas, plain, single and double quotes,
/// comments, blank lines, CRLF, a BOM, no final newline), and translations that drift from
/// their source (changed values, missing keys, other styles, other key order).
/// </summary>
internal sealed class GeneratedFrontMatter(Random random)
{
    public static readonly string[] Shared = ["layout", "ref", "company_id", "target_name", "date", "rating"];

    private static readonly string[] PlainNames = ["Acme One", "Acme One Mk II", "Kestrel K3", "Halcyon MS-1", "intime 脂 ALTERNATIVE", "Tanuki 2.0"];
    private static readonly string[] AnyNames = [.. PlainNames, "Acme: One", "It's #1", "Say \"hi\"", "yes", "123", "- dash", "a, b", "[x]", "back\\slash", " padded"];

    /// <summary>One value, in its meaning-independent form (a string, or a list of numbers).</summary>
    public object Value(string key) => key switch
    {
        "layout" => Pick("product", "review", "company"),
        "company_id" => Pick("acme", "kestrel-audio", "tanuki", "logitech"),
        "target_name" => Pick(AnyNames),
        "date" => $"2025-{random.Next(1, 13):00}-{random.Next(1, 29):00}",
        "rating" => Enumerable.Range(0, random.Next(1, 7)).Select(_ => Math.Round(random.NextDouble() * 4, 1)).ToArray(),
        _ => Pick(PlainNames),
    };

    /// <summary>A complete file: front matter with <paramref name="fields"/> in order, then a body.</summary>
    public string File(IReadOnlyList<(string Key, object Value)> fields, string newline, bool bom, bool finalNewline)
    {
        var text = new StringBuilder();
        if (bom) text.Append('\uFEFF');
        text.Append("---").Append(newline);
        if (random.Next(4) == 0) text.Append("# generated").Append(newline);
        foreach (var (key, value) in fields)
        {
            if (random.Next(6) == 0) text.Append(newline);
            text.Append(key).Append(':');
            text.Append(value switch
            {
                double[] list => List(list, newline),
                string s when key == "date" => " " + Pick(s, $"\"{s}\"", $"'{s}'"),
                string s => " " + Scalar(s),
                _ => throw new InvalidOperationException(),
            });
            if (value is not double[] && random.Next(5) == 0) text.Append(" # note");
            text.Append(newline);
        }
        text.Append("title: ").Append(Scalar(Pick(PlainNames))).Append(newline);
        text.Append("---").Append(newline);
        text.Append("## Overview").Append(newline).Append(newline).Append("Body with --- and key: value lines.");
        if (finalNewline) text.Append(newline);
        return text.ToString();
    }

    private string List(double[] list, string newline)
    {
        var items = list.Select(d => d.ToString("0.0##", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return random.Next(3) switch
        {
            0 => " [" + string.Join(", ", items) + "]",
            1 => " [" + string.Join(",", items) + "]",
            _ => string.Concat(items.Select(i => newline + "  - " + i)),
        };
    }

    private string Scalar(string s)
    {
        var plainSafe = PlainNames.Contains(s);
        return random.Next(plainSafe ? 3 : 2) switch
        {
            0 => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
            1 => "'" + s.Replace("'", "''") + "'",
            _ => s,
        };
    }

    public T Pick<T>(params T[] items) => items[random.Next(items.Length)];

    public bool Chance(int oneIn) => random.Next(oneIn) == 0;

    public int Next(int max) => random.Next(max);
}
