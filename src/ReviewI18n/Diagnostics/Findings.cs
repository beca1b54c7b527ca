using ReviewI18n.Content;

namespace ReviewI18n.Diagnostics;

/// <summary>
/// The only place findings are created (one nested class per area, in
/// <c>Checks/Area/Findings.Area.cs</c> beside the area's checks). Each method fixes the rule, the location and the message, so
/// wording stays consistent and tests can assert rules and positions.
/// </summary>
public static partial class Findings
{
    /// <summary>A finding at a line and column of a document.</summary>
    internal static Diagnostic At(Rule rule, ReviewDocument doc, int line, int column, string message,
        string? locale = null, string? section = null, string? suggestion = null, IReadOnlyDictionary<string, string>? data = null)
    {
        var at = section is null ? null : SectionAt(doc, line);
        return new()
        {
            Rule = rule,
            Severity = rule.DefaultSeverity,
            Message = message,
            File = doc.RelativePath,
            Line = Math.Max(line, 1),
            Column = Math.Max(column, 1),
            Collection = doc.Collection.Name,
            Ref = doc.Key,
            Locale = locale ?? doc.Locale,
            Section = section,
            Heading = at?.Heading,
            SectionIndex = at?.Index,
            Suggestion = suggestion,
            Data = data,
        };
    }

    /// <summary>The section a line is in (its heading line included).</summary>
    private static global::ReviewI18n.Sections.Section? SectionAt(ReviewDocument doc, int line)
    {
        foreach (var s in doc.Sections)
        {
            if (line >= s.HeadingLine && line <= Math.Max(s.LastLine, s.HeadingLine)) return s;
        }
        return null;
    }

    /// <summary>A finding at a character offset of a document's text.</summary>
    internal static Diagnostic AtOffset(Rule rule, ReviewDocument doc, int offset, string message,
        string? section = null, string? suggestion = null, IReadOnlyDictionary<string, string>? data = null)
    {
        var (line, column) = doc.PositionOf(offset);
        return At(rule, doc, line, column, message, section: section, suggestion: suggestion, data: data);
    }

    /// <summary>Content text quoted in a message: shortened and with line breaks shown.</summary>
    internal static string Quote(string? value, int max = 80)
    {
        if (value is null) return "(none)";
        var flat = value.Replace("\r", "").Replace("\n", "⏎");
        return flat.Length <= max ? $"'{flat}'" : $"'{flat[..(max - 1)]}…'";
    }
}
