namespace ReviewI18n.Sync;

/// <summary>The edited text of a document, or why it was not edited.</summary>
public sealed record EditResult(string? Text, string? Problem)
{
    public static EditResult Done(string text) => new(text, null);

    public static EditResult Refused(string problem) => new(null, problem);
}
