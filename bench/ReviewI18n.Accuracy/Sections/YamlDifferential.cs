using ReviewI18n.Content;

namespace ReviewI18n.Accuracy.Sections;

/// <summary>
/// <c>yaml-diff SITE</c>: every Markdown file's front matter read by the fast reader (with its
/// YamlDotNet fallback) and by YamlDotNet alone; the two must give the same fields (key, line,
/// value, offsets) or the same problem. Prints the files where they differ.
/// </summary>
public static class YamlDifferential
{
    public static int Run(string[] args)
    {
        if (args.Length == 0) { Console.Error.WriteLine("usage: yaml-diff SITE"); return 2; }
        var files = Directory.EnumerateFiles(args[0], "*.md", SearchOption.AllDirectories).Where(f => !f.Contains("/.git/", StringComparison.Ordinal)).ToList();
        var differ = 0;
        foreach (var file in files)
        {
            var text = DecodedText.Decode(File.ReadAllBytes(file)).Text;
            var fast = FrontMatterParser.Parse(text, out var fastProblem);
            var full = FrontMatterParser.ParseFull(text, out var fullProblem);
            var a = fast?.Fields.Select(f => (f.Key, f.Line, f.Column, f.Scalar, f.ValueStart, f.ValueEnd)).ToList();
            var b = full?.Fields.Select(f => (f.Key, f.Line, f.Column, f.Scalar, f.ValueStart, f.ValueEnd)).ToList();
            var same = a is null ? b is null && fastProblem?.Line == fullProblem?.Line : b is not null && a.SequenceEqual(b);
            if (same) continue;
            differ++;
            if (differ <= 10) Console.WriteLine($"  differ: {Path.GetRelativePath(args[0], file)} fast={fastProblem?.Message ?? $"{a?.Count} fields"} full={fullProblem?.Message ?? $"{b?.Count} fields"}");
        }
        Console.WriteLine($"{files.Count} files; the two readers differ on {differ}");
        return differ == 0 ? 0 : 1;
    }
}
