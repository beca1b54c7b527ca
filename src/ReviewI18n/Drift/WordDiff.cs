using System.Text;
using DiffPlex;
using ReviewI18n.Text;

namespace ReviewI18n.Drift;

/// <summary>
/// A word-level diff a translator can read: unchanged words as they are, removed words as
/// <c>[-old-]</c>, added words as <c>{+new+}</c>, over the normalized texts. Latin words and
/// numbers are tokens; each CJK character is a token of its own (Japanese has no spaces).
/// </summary>
public static class WordDiff
{
    /// <summary>One run of the diff: kept, removed or added text.</summary>
    public sealed record Piece(PieceKind Kind, string Text);

    public enum PieceKind
    {
        Same,
        Removed,
        Added,
    }

    public static IReadOnlyList<Piece> Compute(string oldText, string newText)
    {
        var result = new Differ().CreateCustomDiffs(SectionText.Normalize(oldText), SectionText.Normalize(newText), false, Tokenize);
        var pieces = new List<Piece>();
        var oldIndex = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(pieces, PieceKind.Same, result.PiecesOld, oldIndex, block.DeleteStartA - oldIndex);
            Add(pieces, PieceKind.Removed, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(pieces, PieceKind.Added, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            oldIndex = block.DeleteStartA + block.DeleteCountA;
        }
        Add(pieces, PieceKind.Same, result.PiecesOld, oldIndex, result.PiecesOld.Length - oldIndex);
        return pieces;
    }

    /// <summary>The diff as one line of text with <c>[-…-]</c> and <c>{+…+}</c> marks; long unchanged runs are cut to their ends.</summary>
    public static string Render(IReadOnlyList<Piece> pieces, int context = 40)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < pieces.Count; i++)
        {
            var p = pieces[i];
            switch (p.Kind)
            {
                case PieceKind.Removed: builder.Append("[-").Append(p.Text).Append("-]"); break;
                case PieceKind.Added: builder.Append("{+").Append(p.Text).Append("+}"); break;
                default:
                    var text = p.Text;
                    var limit = (i == 0 || i == pieces.Count - 1) ? context : context * 2;
                    if (text.Length > limit)
                    {
                        text = i == 0 ? "…" + text[^context..]
                            : i == pieces.Count - 1 ? text[..context] + "…"
                            : text[..context] + " … " + text[^context..];
                    }
                    builder.Append(text);
                    break;
            }
        }
        return builder.ToString();
    }

    private static void Add(List<Piece> pieces, PieceKind kind, string[] tokens, int start, int count)
    {
        if (count <= 0) return;
        var text = string.Concat(tokens.AsSpan(start, count));
        if (pieces.Count > 0 && pieces[^1].Kind == kind) pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
        else pieces.Add(new Piece(kind, text));
    }

    internal static string[] Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var c = text[i];
            if (char.IsLetterOrDigit(c) && !ScriptClassifier.IsCjk(c))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or ',' && i + 1 < text.Length && char.IsDigit(text[i + 1])) && !ScriptClassifier.IsCjk(text[i])) i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            }
            else
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }
            tokens.Add(text[start..i]);
        }
        return [.. tokens];
    }
}
