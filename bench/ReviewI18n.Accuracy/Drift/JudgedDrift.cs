namespace ReviewI18n.Accuracy.Drift;

/// <summary>
/// Drift findings judged by a person who read the source before and after and the current
/// translation: a tab-separated file with the columns <c>file</c> (the translation), <c>section</c>
/// (the key), <c>change</c> (the class reported then), <c>verdict</c> (<c>true</c>: a translator
/// has work there; <c>false</c>: none), <c>reason</c> and <c>heading</c> (the translation's heading,
/// to match where another glossary gives the section another key). Lines starting with <c>#</c> are comments.
/// </summary>
public sealed record JudgedDrift(string File, string Section, string Change, bool IsTrue, string Reason, string? Heading)
{
    public static Dictionary<(string File, string Section), JudgedDrift> Load(string path)
    {
        var result = new Dictionary<(string, string), JudgedDrift>();
        var lineNumber = 0;
        foreach (var line in System.IO.File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("file\t", StringComparison.Ordinal)) continue;
            var cells = line.Split('\t');
            if (cells.Length < 5 || cells[3] is not ("true" or "false"))
            {
                throw new FormatException($"{path}:{lineNumber}: expected file, section, change, verdict (true|false), reason");
            }
            result[(cells[0], cells[1])] = new JudgedDrift(cells[0], cells[1], cells[2], cells[3] == "true", cells[4], cells.Length > 5 ? cells[5] : null);
        }
        return result;
    }
}
