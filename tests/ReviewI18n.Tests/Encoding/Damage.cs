using System.Text;
using ReviewI18n.Encodings;

namespace ReviewI18n.Tests.Encodings;

/// <summary>Produces damaged text the way a tool that misread it would have, for the tests to find again.</summary>
internal static class Damage
{
    private static readonly System.Text.Encoding Utf8 = new UTF8Encoding(false);

    /// <summary>UTF-8 text decoded with a legacy code page, <paramref name="passes"/> times over.</summary>
    public static string Utf8ReadAs(string text, int codePage, int passes = 1)
    {
        var damaged = text;
        for (var p = 0; p < passes; p++) damaged = CodePages.Lenient(codePage).GetString(Utf8.GetBytes(damaged));
        return damaged;
    }

    /// <summary>Text saved in a Japanese code page and read back as Latin-1 or Windows-1252.</summary>
    public static string SavedAsReadAs(string text, int writer, int reader) =>
        CodePages.Lenient(reader).GetString(CodePages.Strict(writer).GetBytes(text));

    public static EncodingAnalysis Scan(string text, string locale = "en", params Text.Script[] allowed) =>
        EncodingScanner.Scan(text, new LocaleScripts(ReviewI18n.Configuration.PipelineConfig.DefaultScriptsFor(locale), allowed,
            ReviewI18n.Configuration.PipelineConfig.DefaultScriptsFor("en").Concat(ReviewI18n.Configuration.PipelineConfig.DefaultScriptsFor("ja"))));

    /// <summary>The text after every certain repair (applied until nothing changes).</summary>
    public static string Repair(string text, string locale = "en", params Text.Script[] allowed)
    {
        for (var pass = 0; pass < 4; pass++)
        {
            var analysis = Scan(text, locale, allowed);
            if (analysis.Edits.Count == 0) break;
            var builder = new StringBuilder();
            var pos = 0;
            foreach (var edit in analysis.Edits)
            {
                builder.Append(text, pos, edit.Start - pos).Append(edit.Replacement);
                pos = edit.End;
            }
            text = builder.Append(text, pos, text.Length - pos).ToString();
        }
        return text;
    }
}
