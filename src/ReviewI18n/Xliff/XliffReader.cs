using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ReviewI18n.Configuration;

namespace ReviewI18n.Xliff;

/// <summary>A unit read back from a translated XLIFF file: its target as Markdown, or why it cannot be used.</summary>
public sealed record ImportedUnit(string Id, string File, string? SourceHash, string? TargetHash, string? Target, IReadOnlyList<string> MissingCodes, string? Problem)
{
    /// <summary>Whether the translator confirmed the target (XLIFF 2 segment state translated, reviewed or final; 1.2 target state translated, signed-off or final).</summary>
    public bool Confirmed { get; init; }

    /// <summary>Where the unit is in the XLIFF file, for messages.</summary>
    public int Line { get; init; }
}

/// <summary>
/// Reads XLIFF 2.x and 1.2 files this tool exported, after a CAT tool filled in the targets. Each
/// code (<c>ph</c>) goes back to its Markdown from the file's own data; <c>cp</c> elements to their
/// characters; markup a CAT tool may add (<c>mrk</c>, <c>pc</c>, 1.2's <c>g</c>, <c>mrk</c>) is
/// unwrapped. A file that is not well-formed or not XLIFF is a configuration error with its line;
/// no DTD is processed.
/// </summary>
public static class XliffReader
{
    public static List<ImportedUnit> Read(string path, string shownPath)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            throw new ConfigurationException(shownPath, $"not well-formed XML: {ex.Message}", ex.LineNumber);
        }
        var root = document.Root;
        return root?.Name.NamespaceName switch
        {
            XliffWriter.Xliff2Namespace => Read2(root),
            XliffWriter.Xliff12Namespace => Read12(root),
            _ => throw new ConfigurationException(shownPath, "not an XLIFF 2 or 1.2 file (root element and namespace)", 1),
        };
    }

    private static readonly XNamespace Ri = XliffWriter.Namespace;

    private static List<ImportedUnit> Read2(XElement root)
    {
        XNamespace x = XliffWriter.Xliff2Namespace;
        var units = new List<ImportedUnit>();
        foreach (var file in root.Elements(x + "file"))
        {
            var original = (string?)file.Attribute("original") ?? "";
            foreach (var unit in file.Descendants(x + "unit"))
            {
                var id = (string?)unit.Attribute("id") ?? "";
                var data = unit.Element(x + "originalData")?.Elements(x + "data").ToDictionary(d => (string?)d.Attribute("id") ?? "", d => Inline(d, x, null, out _), StringComparer.Ordinal)
                           ?? new Dictionary<string, string>(StringComparer.Ordinal);
                var sourceIds = new List<string>();
                var targetIds = new List<string>();
                var target = new StringBuilder();
                string? problem = null;
                var anyTarget = false;
                foreach (var segment in unit.Elements().Where(e => e.Name == x + "segment" || e.Name == x + "ignorable"))
                {
                    if (segment.Element(x + "source") is { } s) Inline(s, x, data, out _, sourceIds);
                    if (segment.Element(x + "target") is { } t)
                    {
                        anyTarget = true;
                        target.Append(Inline(t, x, data, out var unknown, targetIds));
                        problem ??= unknown;
                    }
                }
                var confirmed = unit.Elements(x + "segment").Any() && unit.Elements(x + "segment").All(g => (string?)g.Attribute("state") is "translated" or "reviewed" or "final");
                units.Add(Unit(id, original, unit, anyTarget ? target.ToString() : null, sourceIds, targetIds, problem) with { Confirmed = confirmed });
            }
        }
        return units;
    }

    private static List<ImportedUnit> Read12(XElement root)
    {
        XNamespace x = XliffWriter.Xliff12Namespace;
        var units = new List<ImportedUnit>();
        foreach (var file in root.Elements(x + "file"))
        {
            var original = (string?)file.Attribute("original") ?? "";
            foreach (var unit in file.Descendants(x + "trans-unit"))
            {
                var sourceIds = new List<string>();
                var targetIds = new List<string>();
                if (unit.Element(x + "source") is { } s) Inline(s, x, null, out _, sourceIds);
                string? problem = null;
                var target = unit.Element(x + "target") is { } t ? Inline(t, x, null, out problem, targetIds) : null;
                var confirmed = (string?)unit.Element(x + "target")?.Attribute("state") is "translated" or "signed-off" or "final";
                units.Add(Unit((string?)unit.Attribute("id") ?? "", original, unit, target, sourceIds, targetIds, problem) with { Confirmed = confirmed });
            }
        }
        return units;
    }

    private static ImportedUnit Unit(string id, string file, XElement unit, string? target, List<string> sourceIds, List<string> targetIds, string? problem)
    {
        var missing = sourceIds.Where(i => targetIds.Count(t => t == i) < sourceIds.Count(s => s == i)).Distinct().ToList();
        return new ImportedUnit(id, file, (string?)unit.Attribute(Ri + "sourceHash"), (string?)unit.Attribute(Ri + "targetHash"), target, missing, problem)
        {
            Line = ((IXmlLineInfo)unit).LineNumber,
        };
    }

    /// <summary>The Markdown of an element's content: text, codes put back from their data, characters from <c>cp</c>.</summary>
    private static string Inline(XElement element, XNamespace x, Dictionary<string, string>? data, out string? problem, List<string>? ids = null)
    {
        problem = null;
        var text = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText t:
                    text.Append(t.Value);
                    break;
                case XElement e when e.Name.LocalName == "cp" && e.Name.Namespace == x:
                    text.Append((char)int.Parse((string?)e.Attribute("hex") ?? "FFFD", NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    break;
                case XElement e when e.Name.LocalName is "ph" or "x" && e.Name.Namespace == x:
                    var id = (string?)e.Attribute("id") ?? "";
                    ids?.Add(id);
                    if (data is not null)
                    {
                        if (data.TryGetValue((string?)e.Attribute("dataRef") ?? "", out var code)) text.Append(code);
                        else problem ??= $"code {id} has no data";
                    }
                    else if ((string?)e.Attribute(Ri + "hex") is { } hex)
                    {
                        for (var i = 0; i + 4 <= hex.Length; i += 4) text.Append((char)int.Parse(hex.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(e.Value);
                    }
                    break;
                case XElement e when e.Name.LocalName is "pc" && e.Name.Namespace == x && data is not null:
                    text.Append(data.GetValueOrDefault((string?)e.Attribute("dataRefStart") ?? "", ""));
                    text.Append(Inline(e, x, data, out var inner, ids));
                    text.Append(data.GetValueOrDefault((string?)e.Attribute("dataRefEnd") ?? "", ""));
                    problem ??= inner;
                    break;
                case XElement e when e.Name.LocalName is "mrk" or "g" && e.Name.Namespace == x:
                    text.Append(Inline(e, x, data, out var marked, ids));
                    problem ??= marked;
                    break;
                case XElement e:
                    problem ??= $"unsupported inline element <{e.Name.LocalName}>";
                    break;
            }
        }
        return text.ToString();
    }
}
