using ReviewI18n.Content;

namespace ReviewI18n.Diagnostics;

public static partial class Findings
{
    /// <summary>Front matter that does not parse, lacks a required field or repeats a key.</summary>
    public static class FrontMatter
    {
        public static Diagnostic FrontMatterInvalid(ReviewDocument doc, FrontMatterProblem problem) =>
            At(Rules.FrontMatterInvalid, doc, problem.Line, problem.Column, $"Front matter: {problem.Message.TrimEnd('.')}.");

        public static Diagnostic RefInvalid(ReviewDocument doc, FrontMatterField reference) =>
            At(Rules.FrontMatterInvalid, doc, reference.Line, reference.ValueColumn,
                reference.Scalar is null
                    ? "ref must be a plain string, not a list or a mapping; the file name is used to pair it."
                    : $"ref {Quote(reference.Scalar)} is not a plain name (no '/', '\\', '..', control characters or outer spaces).");

        public static Diagnostic RequiredFieldMissing(ReviewDocument doc, string key, bool present) =>
            At(Rules.RequiredFieldMissing, doc, present ? doc.LineOf(key) : 1, 1,
                present ? $"Required field '{key}' is empty." : $"Required field '{key}' is missing.");

        /// <summary>Reported at an occurrence Jekyll ignores; the message names the line of the one it keeps.</summary>
        public static Diagnostic DuplicateKey(ReviewDocument doc, FrontMatterField ignored, FrontMatterField kept) =>
            At(Rules.DuplicateKey, doc, ignored.Line, ignored.Column,
                $"Front-matter key '{ignored.Key}' is repeated; Jekyll ignores this value and keeps the one on line {kept.Line}.");
    }
}
