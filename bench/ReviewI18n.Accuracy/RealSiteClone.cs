using System.Diagnostics;
using ReviewI18n.Cli;

namespace ReviewI18n.Accuracy;

/// <summary>
/// What the end-to-end harnesses on the real site share: a git clone of the site with its
/// pipeline.json and glossary committed, git run as a fixed user, the CLI run in-process, and a
/// PASS or FAIL line per step.
/// </summary>
public static class RealSiteClone
{
    /// <summary>Clones <paramref name="site"/> into a fresh folder under the temp folder and commits its configuration there.</summary>
    public static string Create(string site, string name)
    {
        var clone = Path.Combine(Path.GetTempPath(), name);
        if (Directory.Exists(clone)) Directory.Delete(clone, recursive: true);
        Git(Path.GetTempPath(), "clone", "-q", Path.GetFullPath(site), clone);
        foreach (var extra in new[] { "pipeline.json", "glossary" }) Copy(Path.Combine(site, extra), Path.Combine(clone, extra));
        Git(clone, "add", "-A");
        Git(clone, "commit", "-q", "--allow-empty", "-m", "configuration");
        return clone;
    }

    /// <summary>Runs the CLI in-process in <paramref name="folder"/>.</summary>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(string folder, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await CliApp.RunAsync(args, new CliConsole(output, error, folder, false, new Dictionary<string, string?>()));
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Prints a step's line; 1 when it failed, for counting failures.</summary>
    public static int Report(string line, bool pass)
    {
        Console.WriteLine($"{(pass ? "PASS" : "FAIL")} {line}");
        return pass ? 0 : 1;
    }

    public static void Git(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-c", "user.name=Harness", "-c", "user.email=harness@example.com", "-c", "commit.gpgsign=false" }) start.ArgumentList.Add(a);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error.Result}");
    }

    private static void Copy(string from, string to)
    {
        if (File.Exists(from)) { File.Copy(from, to, overwrite: true); return; }
        if (!Directory.Exists(from)) return;
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
    }
}
