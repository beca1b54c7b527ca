using System.CommandLine;

namespace ReviewI18n.Cli;

/// <summary>The options every command takes.</summary>
public sealed class GlobalOptions
{
    public Option<string?> Config { get; } = new("--config") { Description = "Path of pipeline.json (default: pipeline.json here or in a parent folder)", Recursive = true };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print only findings and errors", Recursive = true };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Log what each stage does (to stderr)", Recursive = true };

    public Option<bool> NoColor { get; } = new("--no-color") { Description = "No colour, even on a terminal (NO_COLOR does the same)", Recursive = true };

    public void AddTo(Command root)
    {
        root.Options.Add(Config);
        root.Options.Add(Quiet);
        root.Options.Add(Verbose);
        root.Options.Add(NoColor);
    }

    public GlobalSettings Read(ParseResult result) => new(
        result.GetValue(Config), result.GetValue(Quiet), result.GetValue(Verbose), result.GetValue(NoColor));
}

public sealed record GlobalSettings(string? ConfigPath, bool Quiet, bool Verbose, bool NoColor);
