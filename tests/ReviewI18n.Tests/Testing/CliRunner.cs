using System.Text.Json;
using ReviewI18n.Cli;

namespace ReviewI18n.Tests.Testing;

/// <summary>What one in-process run of the CLI returned.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public JsonDocument Json() => JsonDocument.Parse(Out);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>Runs <c>review-i18n</c> in-process with a chosen working folder and captured output.</summary>
public static class CliRunner
{
    public static async Task<CliResult> RunAsync(string workingFolder, string[] args, IReadOnlyDictionary<string, string?>? environment = null, bool terminal = false)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, workingFolder, terminal, environment ?? new Dictionary<string, string?>());
        var exit = await CliApp.RunAsync(args, console);
        return new CliResult(exit, output.ToString(), error.ToString());
    }
}
