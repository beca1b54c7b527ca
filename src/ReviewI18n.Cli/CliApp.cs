using System.CommandLine;
using ReviewI18n.Cli.Commands;
using ReviewI18n.Configuration;

namespace ReviewI18n.Cli;

/// <summary>
/// The command line: one class per command under <c>Commands/</c>, the global options, and the
/// single place where failures become exit codes.
/// </summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var global = new GlobalOptions();
        var root = new RootCommand("review-i18n: translation manager for bilingual Markdown review sites.");
        global.AddTo(root);
        var commands = new ICliCommand[]
        {
            new RunCommand(),
            new CheckCommand(),
            new SyncCommand(),
            new FixEncodingCommand(),
            new BaselineCommand(),
            new InitCommand(),
            new WatchCommand(),
            new PendingCommand(),
            new ReportCommand(),
            new ExportCommand(),
            new ImportCommand(),
            new ScaffoldCommand(),
        };
        foreach (var command in commands)
        {
            var built = command.Build();
            built.SetAction((parse, ct) => InvokeAsync(command, parse, global, console, ct));
            root.Subcommands.Add(built);
        }
        // With no command, the whole pipeline runs.
        var runCommand = commands.OfType<RunCommand>().Single();
        runCommand.AddOptionsTo(root);
        root.SetAction((parse, ct) => InvokeAsync(runCommand, parse, global, console, ct));

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors) console.Error.WriteLine($"review-i18n: {error.Message}");
            console.Error.WriteLine("Run 'review-i18n --help' for usage.");
            return (int)ExitCode.UsageError;
        }
        var invocation = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return await result.InvokeAsync(invocation, cancellationToken);
        }
        finally
        {
            await console.Out.FlushAsync(CancellationToken.None);
        }
    }

    private static async Task<int> InvokeAsync(ICliCommand command, ParseResult parse, GlobalOptions global, CliConsole console, CancellationToken ct)
    {
        try
        {
            var exit = await command.ExecuteAsync(new CommandContext(parse, global.Read(parse), console), ct);
            return (int)exit;
        }
        catch (ConfigurationException ex)
        {
            console.Error.WriteLine($"review-i18n: configuration error: {ex}");
            return (int)ExitCode.UsageError;
        }
        catch (UsageException ex)
        {
            console.Error.WriteLine($"review-i18n: {ex.Message}");
            return (int)ExitCode.UsageError;
        }
        catch (OperationCanceledException)
        {
            console.Error.WriteLine("review-i18n: cancelled; no file was left half-written.");
            return (int)ExitCode.Failure;
        }
        catch (Exception ex)
        {
            console.Error.WriteLine($"review-i18n: unexpected failure: {ex}");
            return (int)ExitCode.Failure;
        }
    }
}

/// <summary>A command: its System.CommandLine definition and what it does.</summary>
public interface ICliCommand
{
    Command Build();

    Task<ExitCode> ExecuteAsync(CommandContext context, CancellationToken cancellationToken);
}

/// <summary>What a command's execution gets: the parsed line, the global settings and the console.</summary>
public sealed record CommandContext(ParseResult Parse, GlobalSettings Global, CliConsole Console);

/// <summary>A wrong use of the command line that the parser could not catch; exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
