namespace ReviewI18n.Progress;

/// <summary>
/// Progress of a long stage (loading a big site, reading history). The CLI shows it on stderr
/// when stderr is a terminal; elsewhere (CI, tests) nothing is shown.
/// </summary>
public interface IStageProgress
{
    void Report(string stage, int done, int total);

    void Complete(string stage);
}

/// <summary>Shows nothing.</summary>
public sealed class NoProgress : IStageProgress
{
    public static NoProgress Instance { get; } = new();

    public void Report(string stage, int done, int total)
    {
    }

    public void Complete(string stage)
    {
    }
}
