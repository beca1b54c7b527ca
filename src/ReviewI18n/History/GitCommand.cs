using System.ComponentModel;
using System.Diagnostics;

namespace ReviewI18n.History;

/// <summary>
/// Runs <c>git</c> for a few bulk calls per pipeline run (never one per file). Output is read
/// as bytes; input, when given, is written on another task so neither pipe can fill and stall.
/// </summary>
internal static class GitCommand
{
    /// <summary>Runs git and gives back all it wrote to standard output.</summary>
    public static byte[] Run(string workingFolder, IReadOnlyList<string> args, Action<Stream>? writeInput = null, CancellationToken cancellationToken = default) =>
        Run(workingFolder, args, output =>
        {
            using var copy = new MemoryStream();
            output.CopyTo(copy);
            return copy.ToArray();
        }, writeInput, cancellationToken);

    /// <summary>
    /// Runs git and hands its standard output to <paramref name="readOutput"/> as it comes, so a
    /// large output is parsed without being held twice. What the reader leaves unread is drained.
    /// </summary>
    public static T Run<T>(string workingFolder, IReadOnlyList<string> args, Func<Stream, T> readOutput, Action<Stream>? writeInput = null, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = writeInput is not null,
            UseShellExecute = false,
        };
        // Plain, stable output whatever the user's git configuration says.
        foreach (var a in new[] { "-c", "core.quotepath=off", "-c", "log.showSignature=false", "-c", "log.showRoot=true", "-c", "color.ui=never" }) start.ArgumentList.Add(a);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["LC_ALL"] = "C";
        // The history as the commits hold it: replace refs would change what a commit's log says
        // without changing the commit, and a log kept for that commit (the drift cache) would go stale.
        start.Environment["GIT_NO_REPLACE_OBJECTS"] = "1";
        // Nor grafts (deprecated, but still read from .git/info/grafts), for the same reason: an empty graft file.
        start.Environment["GIT_GRAFT_FILE"] = OperatingSystem.IsWindows() ? "NUL" : "/dev/null";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new GitUnavailableException("git could not be started");
        }
        catch (Win32Exception ex)
        {
            throw new GitUnavailableException($"git is not installed or not on PATH ({ex.Message})");
        }
        using (process)
        using (cancellationToken.Register(() => { try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { } }))
        {
            // Dedicated threads, not the thread pool: git is called from inside parallel checks,
            // where pool threads are all busy and a pooled writer would wait seconds to start.
            var error = Task.Factory.StartNew(() => process.StandardError.ReadToEnd(), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            var input = writeInput is null ? Task.CompletedTask : Task.Factory.StartNew(() =>
            {
                try
                {
                    writeInput(process.StandardInput.BaseStream);
                }
                finally
                {
                    process.StandardInput.Close();
                }
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            var stdout = process.StandardOutput.BaseStream;
            var result = readOutput(stdout);
            stdout.CopyTo(Stream.Null); // git must not block on a full pipe
            process.WaitForExit();
            input.GetAwaiter().GetResult();
            cancellationToken.ThrowIfCancellationRequested();
            if (process.ExitCode != 0)
            {
                throw new GitUnavailableException($"git {string.Join(' ', args.Take(2))} failed: {error.Result.Trim()}");
            }
            return result;
        }
    }
}

/// <summary>Git history cannot be read here (no git, not a repository, a shallow clone...).</summary>
public sealed class GitUnavailableException(string message) : Exception(message);
