using System.Text.RegularExpressions;

namespace ReviewI18n.Init;

/// <summary>A collection found on disk: its name and its folder template with <c>{locale}</c>.</summary>
public sealed record DetectedCollection(string Name, string PathTemplate);

/// <summary>
/// Recognizes how a site stores its locales: a folder whose children are locale names holding
/// Markdown, either Jekyll style (<c>_products/en/...</c>: the folder is the collection) or
/// content style (<c>content/en/products/...</c>: each child of the locale folders is one).
/// </summary>
public static partial class SiteLayout
{
    [GeneratedRegex("^[a-z]{2}(-[A-Za-z]{2,4})?$")]
    private static partial Regex LocaleName();

    private static readonly EnumerationOptions Shallow = new() { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint };
    private static readonly EnumerationOptions Deep = new() { IgnoreInaccessible = true, RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.ReparsePoint };

    public static (IReadOnlyList<string> Locales, IReadOnlyList<DetectedCollection> Collections) Detect(string root)
    {
        var locales = new SortedSet<string>(StringComparer.Ordinal);
        var collections = new List<DetectedCollection>();
        foreach (var folder in Candidates(root))
        {
            var localeDirs = Directory.EnumerateDirectories(folder, "*", Shallow)
                .Where(d => LocaleName().IsMatch(Path.GetFileName(d)) && HasMarkdown(d))
                .ToList();
            if (localeDirs.Count < 2) continue;
            var relative = Path.GetRelativePath(root, folder).Replace('\\', '/');
            var name = Path.GetFileName(folder).TrimStart('_');
            foreach (var d in localeDirs) locales.Add(Path.GetFileName(d));

            // Content style: each locale folder holds the same named folders, and nothing else.
            var children = localeDirs
                .Select(d => Directory.EnumerateDirectories(d, "*", Shallow).Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal))
                .ToList();
            var common = children.Skip(1).Aggregate(children[0], (a, b) => a.Intersect(b).ToHashSet(StringComparer.Ordinal));
            var looseFiles = localeDirs.Any(d => Directory.EnumerateFiles(d, "*.md", Shallow).Any());
            if (!Path.GetFileName(folder).StartsWith('_') && !looseFiles && common.Count is > 0 and <= 8)
            {
                foreach (var child in common.Order(StringComparer.Ordinal))
                {
                    collections.Add(new DetectedCollection(child.TrimStart('_'), $"{relative}/{{locale}}/{child}"));
                }
            }
            else
            {
                collections.Add(new DetectedCollection(name, $"{relative}/{{locale}}"));
            }
        }
        return ([.. locales], collections);
    }

    /// <summary>Folders up to two levels below the root, outside build output and hidden folders.</summary>
    private static IEnumerable<string> Candidates(string root)
    {
        static bool Skip(string d) => Path.GetFileName(d) is "_site" or "node_modules" or "vendor" or ".git" or "bin" or "obj";
        foreach (var first in Directory.EnumerateDirectories(root, "*", Shallow).Where(d => !Skip(d)).Order(StringComparer.Ordinal))
        {
            yield return first;
            if (LocaleName().IsMatch(Path.GetFileName(first))) continue;
            foreach (var second in Directory.EnumerateDirectories(first, "*", Shallow).Where(d => !Skip(d) && !LocaleName().IsMatch(Path.GetFileName(d))).Order(StringComparer.Ordinal))
            {
                yield return second;
            }
        }
    }

    private static bool HasMarkdown(string folder) => Directory.EnumerateFiles(folder, "*.md", Deep).Any();
}
