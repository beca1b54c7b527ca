using System.Xml.Linq;

namespace ReviewI18n.Tests.Xliff;

/// <summary>
/// The structural rules of the OASIS XLIFF 2.1 core schema (xliff_core_2.0.xsd, which 2.1 keeps)
/// and of the specification's constraints that the schema cannot express, checked on a document:
/// the element tree and required attributes, unique ids at each level, <c>dataRef</c> pointing
/// into <c>originalData</c>, target codes matching source codes, and <c>cp</c> used only for
/// characters XML forbids. The XSDs are not in a package served here, so the checks are written
/// out; each returns the path of the element that breaks it.
/// </summary>
public static class XliffStructure
{
    private static readonly XNamespace X = "urn:oasis:names:tc:xliff:document:2.0";

    private static readonly HashSet<string> InlineElements = ["ph", "pc", "sc", "ec", "mrk", "sm", "em", "cp"];

    public static List<string> Validate(XDocument document)
    {
        var errors = new List<string>();
        var root = document.Root;
        if (root is null || root.Name != X + "xliff") return ["/: the root is not {urn:oasis:names:tc:xliff:document:2.0}xliff"];
        if ((string?)root.Attribute("version") is not ("2.0" or "2.1")) errors.Add("/xliff: version must be 2.0 or 2.1");
        if (root.Attribute("srcLang") is null) errors.Add("/xliff: srcLang is required");
        var hasTarget = root.Descendants(X + "target").Any();
        if (hasTarget && root.Attribute("trgLang") is null) errors.Add("/xliff: trgLang is required when a target is present");
        Only(root, "/xliff", errors, "file");
        if (!root.Elements(X + "file").Any()) errors.Add("/xliff: at least one file");
        Unique(root.Elements(X + "file"), "/xliff/file", errors);
        foreach (var file in root.Elements(X + "file"))
        {
            var fileId = (string?)file.Attribute("id");
            var path = $"/xliff/file[{fileId}]";
            Only(file, path, errors, "skeleton", "notes", "unit", "group");
            var units = file.Descendants(X + "unit").ToList();
            Unique(units, path + "/unit", errors);
            foreach (var unit in units) Unit(unit, $"{path}/unit[{(string?)unit.Attribute("id")}]", errors);
        }
        return errors;
    }

    private static void Unit(XElement unit, string path, List<string> errors)
    {
        Only(unit, path, errors, "notes", "originalData", "segment", "ignorable");
        if (!unit.Elements(X + "segment").Any()) errors.Add($"{path}: at least one segment");
        foreach (var notes in unit.Elements(X + "notes"))
        {
            Only(notes, path + "/notes", errors, "note");
            foreach (var note in notes.Elements(X + "note"))
            {
                if (note.Elements().Any()) errors.Add($"{path}/notes/note: text only");
            }
        }
        var data = new HashSet<string>(StringComparer.Ordinal);
        foreach (var original in unit.Elements(X + "originalData"))
        {
            Only(original, path + "/originalData", errors, "data");
            Unique(original.Elements(X + "data"), path + "/originalData/data", errors);
            foreach (var d in original.Elements(X + "data"))
            {
                data.Add((string?)d.Attribute("id") ?? "");
                Only(d, path + "/originalData/data", errors, "cp");
                Cps(d, path + "/originalData/data", errors);
            }
        }
        foreach (var segment in unit.Elements(X + "segment"))
        {
            Only(segment, path + "/segment", errors, "source", "target");
            if (segment.Element(X + "source") is not { } source) { errors.Add($"{path}/segment: source is required"); continue; }
            var sourceIds = Inline(source, path + "/segment/source", data, errors);
            if (sourceIds.Count != sourceIds.Distinct().Count()) errors.Add($"{path}/segment/source: inline ids must be unique");
            if (segment.Element(X + "target") is { } target)
            {
                var targetIds = Inline(target, path + "/segment/target", data, errors);
                if (targetIds.Count != targetIds.Distinct().Count()) errors.Add($"{path}/segment/target: inline ids must be unique");
            }
        }
    }

    private static List<string> Inline(XElement element, string path, HashSet<string> data, List<string> errors)
    {
        var ids = new List<string>();
        foreach (var child in element.Elements())
        {
            if (child.Name.Namespace != X || !InlineElements.Contains(child.Name.LocalName)) { errors.Add($"{path}: {child.Name.LocalName} is not an inline element"); continue; }
            if (child.Name.LocalName == "cp") continue;
            if ((string?)child.Attribute("id") is not { Length: > 0 } id) { errors.Add($"{path}/{child.Name.LocalName}: id is required"); continue; }
            ids.Add(id);
            if ((string?)child.Attribute("dataRef") is { } dataRef && !data.Contains(dataRef)) errors.Add($"{path}/{child.Name.LocalName}[{id}]: dataRef '{dataRef}' is not in originalData");
            if (child.Name.LocalName == "ph" && child.Nodes().Any()) errors.Add($"{path}/ph[{id}]: ph is empty");
            if (child.Name.LocalName is "pc" or "mrk") ids.AddRange(Inline(child, $"{path}/{child.Name.LocalName}", data, errors));
        }
        Cps(element, path, errors);
        return ids;
    }

    private static void Cps(XElement element, string path, List<string> errors)
    {
        foreach (var cp in element.Elements(X + "cp"))
        {
            if (!int.TryParse((string?)cp.Attribute("hex"), System.Globalization.NumberStyles.HexNumber, null, out var value)) { errors.Add($"{path}/cp: hex is required"); continue; }
            var allowed = value is 0x9 or 0xA or 0xD || value is >= 0x20 and <= 0xD7FF || value is >= 0xE000 and <= 0xFFFD || value >= 0x10000;
            if (allowed) errors.Add($"{path}/cp: U+{value:X4} is a character XML allows; write it as text");
        }
    }

    private static void Only(XElement element, string path, List<string> errors, params string[] children)
    {
        foreach (var child in element.Elements())
        {
            if (child.Name.Namespace == X && !children.Contains(child.Name.LocalName)) errors.Add($"{path}: {child.Name.LocalName} is not allowed here");
        }
    }

    private static void Unique(IEnumerable<XElement> elements, string path, List<string> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in elements)
        {
            if ((string?)e.Attribute("id") is not { Length: > 0 } id) errors.Add($"{path}: id is required");
            else if (!seen.Add(id)) errors.Add($"{path}[{id}]: id is not unique");
        }
    }
}
