namespace ReviewI18n.History;

/// <summary>The commit checked out, in one <c>git rev-parse</c>; null outside a repository or without git.</summary>
public static class GitHead
{
    public static string? Of(string folder)
    {
        try
        {
            return System.Text.Encoding.UTF8.GetString(GitCommand.Run(folder, ["rev-parse", "HEAD"])).Trim();
        }
        catch (GitUnavailableException)
        {
            return null;
        }
    }
}
