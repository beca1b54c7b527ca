using System.Diagnostics;

namespace ReviewI18n.Tests.Testing;

/// <summary>Runs the built CLI as a real process (for kill tests), optionally killing it after a delay.</summary>
public static class CliProcess
{
    /// <summary>Runs <c>dotnet {cli} {args}</c> in <paramref name="folder"/>; returns the exit code (a kill gives a non-zero one).</summary>
    public static async Task<int> RunAsync(string cli, string folder, string[] args, TimeSpan? killAfter)
    {
        var start = new ProcessStartInfo("dotnet", [cli, .. args])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        if (killAfter is { } delay)
        {
            using var timeout = new CancellationTokenSource(delay);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        await process.WaitForExitAsync();
        await drain;
        return process.ExitCode;
    }
}
