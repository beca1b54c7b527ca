using ReviewI18n.Content;

namespace ReviewI18n.Diagnostics;

public static partial class Findings
{
    /// <summary>Problems with the files themselves.</summary>
    public static class Content
    {
        /// <summary>A file reading failed: it vanished meanwhile, or cannot be read (permissions, a dangling link).</summary>
        public static Diagnostic FileUnreadable(ContentFile file, Exception readFailure) => FileUnreadable(file,
            readFailure is FileNotFoundException or DirectoryNotFoundException ? "vanished before it could be read" : $"cannot be read: {readFailure.Message}");

        public static Diagnostic FileUnreadable(ContentFile file, string reason) => new()
        {
            Rule = Rules.FileUnreadable,
            Severity = Rules.FileUnreadable.DefaultSeverity,
            Message = $"The file {reason}; it was skipped.",
            File = file.RelativePath,
            Collection = file.Collection.Name,
            Locale = file.Locale,
        };
    }
}
