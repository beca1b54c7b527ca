namespace ReviewI18n.History;

/// <summary>
/// The commit checked out, and whether the clone is shallow (drift reads no history then), in one
/// <c>git rev-parse</c>: what the findings cache keys history by. Null outside a repository or without git.
/// </summary>
public static class GitHead
{
    public static string? Of(string folder)
    {
        try
        {
            return System.Text.Encoding.UTF8.GetString(GitCommand.Run(folder, ["rev-parse", "HEAD", "--is-shallow-repository"])).Trim().ReplaceLineEndings(" ");
        }
        catch (GitUnavailableException)
        {
            return null;
        }
    }
}
