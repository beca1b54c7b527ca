using ReviewI18n.Content;

namespace ReviewI18n.Sync;

/// <summary>One file sync changes: its old and new text and bytes, and the fields that changed.</summary>
public sealed record FileChange(ReviewDocument Document, string NewText, byte[] NewBytes, IReadOnlyList<FieldPlan> Plans)
{
    public string OldText => Document.Text;
}

/// <summary>A file sync wanted to change but refused to (unparseable, invalid UTF-8, an edit that failed verification).</summary>
public sealed record FileRefusal(ReviewDocument Document, string Reason);
