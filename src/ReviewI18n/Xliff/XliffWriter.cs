using System.Globalization;
using System.Text;
using System.Xml;

namespace ReviewI18n.Xliff;

/// <summary>
/// Writes units as XLIFF 2.1 (core, <c>--format xliff</c>) or 1.2 (<c>--format xliff12</c>, for
/// older CAT tools): one <c>file</c> per translation document, one <c>unit</c> per pending
/// section with one segment. Protected codes are <c>ph</c> elements (2.1: their text in
/// <c>originalData</c>; 1.2: as the element's content). Notes carry the reason, the source diff,
/// the glossary terms and the facts that must survive. The hashes of both texts at export are
/// attributes in the tool's own namespace (<see cref="Namespace"/>), which XLIFF allows on units.
/// </summary>
public static class XliffWriter
{
    public const string Xliff2Namespace = "urn:oasis:names:tc:xliff:document:2.0";
    public const string Xliff12Namespace = "urn:oasis:names:tc:xliff:document:1.2";
    public const string Namespace = "urn:review-i18n:xliff:1";

    public static void Write(Stream output, IReadOnlyList<ExportUnit> units, string sourceLocale, string targetLocale, bool version12)
    {
        // No automatic indentation: it would put white space into source and target text that starts
        // with a code. Structural elements get their line breaks from Break().
        var settings = new XmlWriterSettings { Indent = false, Encoding = new UTF8Encoding(false), CheckCharacters = true, NewLineChars = "\n" };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteWhitespace("\n");
        if (version12) Write12(xml, units, sourceLocale, targetLocale);
        else Write21(xml, units, sourceLocale, targetLocale);
        xml.WriteEndDocument();
    }

    private static void Write21(XmlWriter xml, IReadOnlyList<ExportUnit> units, string sourceLocale, string targetLocale)
    {
        xml.WriteStartElement("xliff", Xliff2Namespace);
        xml.WriteAttributeString("version", "2.1");
        xml.WriteAttributeString("srcLang", sourceLocale);
        xml.WriteAttributeString("trgLang", targetLocale);
        xml.WriteAttributeString("xmlns", "ri", null, Namespace);
        var fileNumber = 0;
        foreach (var file in units.GroupBy(u => u.Pair.Translation.RelativePath))
        {
            Break(xml, 1);
            xml.WriteStartElement("file", Xliff2Namespace);
            xml.WriteAttributeString("id", "f" + (++fileNumber).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("original", file.Key);
            foreach (var unit in file)
            {
                var codes = new UnitCodes(unit.SourceText, unit.TargetText);
                Break(xml, 2);
                xml.WriteStartElement("unit", Xliff2Namespace);
                xml.WriteAttributeString("id", unit.Id);
                xml.WriteAttributeString("name", unit.Section.Source!.Section.Heading);
                xml.WriteAttributeString("ri", "sourceHash", Namespace, unit.SourceHash);
                xml.WriteAttributeString("ri", "targetHash", Namespace, unit.TargetHash);
                Break(xml, 3);
                xml.WriteStartElement("notes", Xliff2Namespace);
                foreach (var (category, text) in Notes(unit))
                {
                    Break(xml, 4);
                    xml.WriteStartElement("note", Xliff2Namespace);
                    xml.WriteAttributeString("category", category);
                    WriteText(xml, text, cp: false); // a note holds text only
                    xml.WriteEndElement();
                }
                End(xml, 3);
                if (codes.All.Count > 0)
                {
                    Break(xml, 3);
                    xml.WriteStartElement("originalData", Xliff2Namespace);
                    foreach (var (id, code) in codes.All)
                    {
                        Break(xml, 4);
                        xml.WriteStartElement("data", Xliff2Namespace);
                        xml.WriteAttributeString("id", "d" + id);
                        WriteText(xml, code, cp: true);
                        xml.WriteEndElement();
                    }
                    End(xml, 3);
                }
                Break(xml, 3);
                xml.WriteStartElement("segment", Xliff2Namespace);
                // Not confirmed yet: a CAT tool sets "translated" (or later states) when the translator confirms.
                xml.WriteAttributeString("state", "initial");
                Break(xml, 4);
                WriteRuns21(xml, "source", codes.Source);
                if (codes.Target is { } target)
                {
                    Break(xml, 4);
                    WriteRuns21(xml, "target", target);
                }
                End(xml, 3);
                End(xml, 2);
            }
            End(xml, 1);
        }
        End(xml, 0);
    }

    private static void WriteRuns21(XmlWriter xml, string element, List<(InlineRun Run, string? Id)> runs)
    {
        xml.WriteStartElement(element, Xliff2Namespace);
        xml.WriteAttributeString("xml", "space", null, "preserve");
        foreach (var (run, id) in runs)
        {
            if (id is null)
            {
                WriteText(xml, run.Text, cp: true);
                continue;
            }
            xml.WriteStartElement("ph", Xliff2Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("dataRef", "d" + id);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void Write12(XmlWriter xml, IReadOnlyList<ExportUnit> units, string sourceLocale, string targetLocale)
    {
        xml.WriteStartElement("xliff", Xliff12Namespace);
        xml.WriteAttributeString("version", "1.2");
        xml.WriteAttributeString("xmlns", "ri", null, Namespace);
        foreach (var file in units.GroupBy(u => u.Pair.Translation.RelativePath))
        {
            Break(xml, 1);
            xml.WriteStartElement("file", Xliff12Namespace);
            xml.WriteAttributeString("original", file.Key);
            xml.WriteAttributeString("source-language", sourceLocale);
            xml.WriteAttributeString("target-language", targetLocale);
            xml.WriteAttributeString("datatype", "x-markdown");
            Break(xml, 2);
            xml.WriteStartElement("body", Xliff12Namespace);
            foreach (var unit in file)
            {
                var codes = new UnitCodes(unit.SourceText, unit.TargetText);
                Break(xml, 3);
                xml.WriteStartElement("trans-unit", Xliff12Namespace);
                xml.WriteAttributeString("id", unit.Id);
                xml.WriteAttributeString("resname", unit.Section.Source!.Section.Heading);
                xml.WriteAttributeString("xml", "space", null, "preserve");
                xml.WriteAttributeString("ri", "sourceHash", Namespace, unit.SourceHash);
                xml.WriteAttributeString("ri", "targetHash", Namespace, unit.TargetHash);
                Break(xml, 4);
                WriteRuns12(xml, "source", codes.Source);
                if (codes.Target is { } target)
                {
                    Break(xml, 4);
                    WriteRuns12(xml, "target", target, "needs-review-translation");
                }
                foreach (var (category, text) in Notes(unit))
                {
                    Break(xml, 4);
                    xml.WriteStartElement("note", Xliff12Namespace);
                    xml.WriteAttributeString("from", "review-i18n");
                    WriteText(xml, $"{category}: {text}", cp: false);
                    xml.WriteEndElement();
                }
                End(xml, 3);
            }
            End(xml, 2);
            End(xml, 1);
        }
        End(xml, 0);
    }

    private static void WriteRuns12(XmlWriter xml, string element, List<(InlineRun Run, string? Id)> runs, string? state = null)
    {
        xml.WriteStartElement(element, Xliff12Namespace);
        if (state is not null) xml.WriteAttributeString("state", state);
        foreach (var (run, id) in runs)
        {
            if (id is null)
            {
                WriteText(xml, run.Text, cp: false);
                continue;
            }
            xml.WriteStartElement("ph", Xliff12Namespace);
            xml.WriteAttributeString("id", id);
            if (Enumerable.Range(0, run.Text.Length).All(i => UnitCodes.IsXmlChar(run.Text, i))) xml.WriteString(run.Text);
            else xml.WriteAttributeString("ri", "hex", Namespace, Hex(run.Text));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>Text with the characters XML cannot carry written as <c>&lt;cp hex="..."/&gt;</c> (2.1) or left out with a visible mark (1.2 notes).</summary>
    private static void WriteText(XmlWriter xml, string text, bool cp)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (UnitCodes.IsXmlChar(text, i)) continue;
            if (i > start) xml.WriteString(text[start..i]);
            if (cp)
            {
                xml.WriteStartElement("cp", Xliff2Namespace);
                xml.WriteAttributeString("hex", ((int)text[i]).ToString("X4", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
            else
            {
                xml.WriteString($"U+{(int)text[i]:X4}");
            }
            start = i + 1;
        }
        if (start < text.Length) xml.WriteString(text[start..]);
    }

    /// <summary>Closes a structural element on its own line.</summary>
    private static void End(XmlWriter xml, int depth)
    {
        Break(xml, depth);
        xml.WriteEndElement();
    }

    /// <summary>A line break and indentation between structural elements, never inside text.</summary>
    private static void Break(XmlWriter xml, int depth) => xml.WriteWhitespace("\n" + new string(' ', depth * 2));

    public static string Hex(string text) => string.Concat(text.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)));

    private static IEnumerable<(string Category, string Text)> Notes(ExportUnit unit)
    {
        yield return ("reason", $"{unit.Kind}: {unit.Reason}");
        if (unit.Diff is { Length: > 0 } diff) yield return ("source-diff", diff);
        if (unit.Terms.Count > 0) yield return ("glossary", string.Join("; ", unit.Terms.Select(t => $"{t.Source} = {t.Target}")));
        if (unit.Facts.Count > 0) yield return ("facts", string.Join("; ", unit.Facts));
    }
}
