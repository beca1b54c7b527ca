using ReviewI18n.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReviewI18n.Glossary;

/// <summary>
/// Reads <c>headings.yml</c>, <c>terms.yml</c> and <c>tags.yml</c> from the glossary folder. A
/// missing folder or file is an empty glossary (sections then align by position); a file that
/// does not parse, or has the wrong shape, is a <see cref="ConfigurationException"/> naming the
/// file and line, because a translator's typo must not silently switch rules off.
/// </summary>
public static class GlossaryLoader
{
    public const string HeadingsFile = "headings.yml";
    public const string TermsFile = "terms.yml";
    public const string TagsFile = "tags.yml";

    public static TranslationGlossary Load(PipelineConfig config) => Load(config.GlossaryPath, config.Relative);

    public static TranslationGlossary Load(string folder, Func<string, string>? display = null)
    {
        display ??= p => p;
        if (!Directory.Exists(folder)) return TranslationGlossary.Empty(folder);
        var headings = ReadFile(Path.Combine(folder, HeadingsFile), display, ReadHeadings) ?? [];
        var terms = ReadFile(Path.Combine(folder, TermsFile), display, ReadEntries) ?? [];
        var tags = ReadFile(Path.Combine(folder, TagsFile), display, ReadEntries) ?? [];
        return new TranslationGlossary(folder, exists: true, headings, terms, tags);
    }

    private static IReadOnlyList<T>? ReadFile<T>(string path, Func<string, string> display, Func<YamlNode, string, IReadOnlyList<T>> read)
    {
        if (!File.Exists(path)) return null;
        var shown = display(path);
        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            using var reader = new StreamReader(path);
            stream.Load(reader);
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            throw new ConfigurationException(shown, ex.InnerException?.Message ?? ex.Message, (int)ex.Start.Line);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(shown, ex.Message);
        }
        if (root is null || root is YamlScalarNode { Value: null or "" }) return [];
        return read(root, shown);
    }

    private static IReadOnlyList<HeadingEntry> ReadHeadings(YamlNode root, string file)
    {
        if (root is not YamlMappingNode map)
            throw Error(file, root, "expected a mapping of section keys, e.g. 'overview: { en: Overview, ja: 概要 }'");
        var entries = new List<HeadingEntry>();
        var seen = new Dictionary<(string, string), string>();
        foreach (var (keyNode, value) in map.Children)
        {
            var key = ScalarOf(file, keyNode);
            if (value is not YamlMappingNode fields)
                throw Error(file, value, $"section key '{key}' needs a mapping of locale to heading(s)");
            int? rating = null;
            var localized = false;
            var headings = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var (fieldNode, fieldValue) in fields.Children)
            {
                var field = ScalarOf(file, fieldNode);
                if (field == "rating")
                {
                    if (!int.TryParse(ScalarOf(file, fieldValue), out var index) || index < 0)
                        throw Error(file, fieldValue, $"'rating' of '{key}' must be the index of its score in the rating array");
                    rating = index;
                    continue;
                }
                if (field == "localized")
                {
                    if (!bool.TryParse(ScalarOf(file, fieldValue), out localized))
                        throw Error(file, fieldValue, $"'localized' of '{key}' must be true or false");
                    continue;
                }
                var texts = TextsOf(file, fieldValue);
                foreach (var text in texts)
                {
                    var normalized = HeadingText.Normalize(text);
                    if (seen.TryGetValue((field, normalized), out var other) && other != key)
                        throw Error(file, fieldValue, $"heading '{text}' ({field}) is listed under both '{other}' and '{key}'");
                    seen[(field, normalized)] = key;
                }
                headings[field] = texts;
            }
            entries.Add(new HeadingEntry(key, rating, headings, localized));
        }
        return entries;
    }

    private static IReadOnlyList<GlossaryEntry> ReadEntries(YamlNode root, string file)
    {
        if (root is not YamlSequenceNode list)
            throw Error(file, root, "expected a list of entries, e.g. '- { en: Harman target, ja: ハーマンターゲット }'");
        var entries = new List<GlossaryEntry>(list.Children.Count);
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode fields)
                throw Error(file, item, "each entry is a mapping of locale to its form(s)");
            var forms = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var (localeNode, value) in fields.Children) forms[ScalarOf(file, localeNode)] = TextsOf(file, value);
            entries.Add(new GlossaryEntry(forms, (int)item.Start.Line));
        }
        return entries;
    }

    private static IReadOnlyList<string> TextsOf(string file, YamlNode node) => node switch
    {
        YamlScalarNode => [ScalarOf(file, node)],
        YamlSequenceNode seq when seq.Children.Count > 0 => seq.Children.Select(c => ScalarOf(file, c)).ToList(),
        _ => throw Error(file, node, "expected a text or a non-empty list of texts"),
    };

    private static string ScalarOf(string file, YamlNode node) =>
        node is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)
            ? v.Trim()
            : throw Error(file, node, "expected a non-empty text");

    private static ConfigurationException Error(string file, YamlNode node, string message) =>
        new(file, message, (int)node.Start.Line);
}
