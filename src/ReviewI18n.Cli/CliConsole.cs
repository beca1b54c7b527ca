namespace ReviewI18n.Cli;

/// <summary>
/// Where a command reads and writes: the real console, or in tests, string writers. Output for
/// machines goes to <see cref="Out"/>; logs and progress to <see cref="Error"/>.
/// </summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, string CurrentDirectory, bool OutIsTerminal, IReadOnlyDictionary<string, string?> Environment)
{
    /// <summary>True when stderr is a terminal: progress is shown only then.</summary>
    public bool ErrorIsTerminal { get; init; }

    public static CliConsole FromSystem()
    {
        var env = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in new[] { "NO_COLOR", "GITHUB_STEP_SUMMARY", "GITHUB_ACTIONS", "CI", "GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "GITHUB_SHA", "GITHUB_HEAD_SHA" })
        {
            env[name] = System.Environment.GetEnvironmentVariable(name);
        }
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false };
        return new CliConsole(stdout, Console.Error, Directory.GetCurrentDirectory(), !Console.IsOutputRedirected, env) { ErrorIsTerminal = !Console.IsErrorRedirected };
    }

    /// <summary>Colour when stdout is a terminal, <c>NO_COLOR</c> is unset and <c>--no-color</c> was not given.</summary>
    public bool UseColour(bool noColourOption) =>
        OutIsTerminal && !noColourOption && string.IsNullOrEmpty(Environment.GetValueOrDefault("NO_COLOR"));
}
