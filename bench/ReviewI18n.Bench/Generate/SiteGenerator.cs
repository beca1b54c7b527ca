using ReviewI18n.Fuzz;
using System.Text;
using System.Text.RegularExpressions;

namespace ReviewI18n.Bench.Generate;

/// <summary>
/// <c>generate</c>: a synthetic site of N review files made from a real one, to measure load.
/// Copy k of a file gets the ref <c>{ref}-s{k}</c> (file name, <c>ref</c> and permalink alike) in
/// both locales, so every pair of the real site stays a pair and every defect stays a defect.
/// pipeline.json and the glossary are copied as they are.
/// </summary>
internal static partial class SiteGenerator
{
    public static int Run(BenchOptions options)
    {
        var site = Path.GetFullPath(options.Get("site", "/tmp/audioreview"));
        var output = Path.GetFullPath(options.Get("out", Path.Combine(Path.GetTempPath(), "review-i18n-generated")));
        var wanted = options.GetInt("files", 10_000);
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        Directory.CreateDirectory(output);
        File.Copy(Path.Combine(site, "pipeline.json"), Path.Combine(output, "pipeline.json"));
        if (Directory.Exists(Path.Combine(site, "glossary"))) FileSnapshot.Copy(Path.Combine(site, "glossary"), Path.Combine(output, "glossary"));

        // Twins side by side (a/en/x.md, a/ja/x.md), so a copy cut short at N still keeps nearly all its pairs.
        var files = Directory.EnumerateFiles(site, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith('.') && f.Contains('/'))
            .OrderBy(f => Regex.Replace(f, "/(en|ja)/", "/"), StringComparer.Ordinal)
            .ThenBy(f => f, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0) return Fail($"no *.md under {site}");
        var written = 0;
        for (var copy = 0; written < wanted; copy++)
        {
            foreach (var relative in files)
            {
                if (written >= wanted) break;
                var text = File.ReadAllBytes(Path.Combine(site, relative));
                var stem = Path.GetFileNameWithoutExtension(relative);
                var target = copy == 0 ? relative : $"{Path.GetDirectoryName(relative)}/{stem}-s{copy}.md";
                var full = Path.Combine(output, target);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, copy == 0 ? text : Renamed(text, copy));
                written++;
            }
        }
        Console.WriteLine($"{written} files ({files.Count} in {site}) written to {output}");
        return 0;
    }

    /// <summary>The <c>ref</c> line and the permalink's last segment get the copy's suffix; every other byte stays.</summary>
    private static byte[] Renamed(byte[] bytes, int copy)
    {
        // Latin-1 keeps every byte as it is, invalid UTF-8 included; refs are ASCII.
        var text = Encoding.Latin1.GetString(bytes);
        var reference = RefLine().Match(text);
        if (!reference.Success) return bytes;
        var old = reference.Groups[2].Value;
        var renamed = $"{old}-s{copy}";
        text = string.Concat(text.AsSpan(0, reference.Groups[2].Index), renamed, text.AsSpan(reference.Groups[2].Index + old.Length));
        text = text.Replace($"/{old}/", $"/{renamed}/", StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(text);
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }

    [GeneratedRegex(@"^(ref:\s*['""]?)([A-Za-z0-9._-]+)", RegexOptions.Multiline)]
    private static partial Regex RefLine();
}
