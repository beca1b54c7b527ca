using System.Diagnostics;
using System.Runtime.InteropServices;

namespace ReviewI18n.Bench;

/// <summary>
/// Runs the CLI as a separate process several times over a site and reports wall time
/// (min, median, max) and the peak resident memory of the children (getrusage). <c>compare</c>
/// runs two builds in turns, so both see the same load on a shared machine, and reports the
/// medians of each (CPU time from the children's usage before and after each run).
/// </summary>
internal static partial class ProcessBenchmark
{
    public static int Run(string[] args)
    {
        if (args.Length < 2) return Fail("process <exe> <site> [runs] [-- args]");
        var exe = Path.GetFullPath(args[0]);
        var site = Path.GetFullPath(args[1]);
        var runs = args.Length > 2 && int.TryParse(args[2], out var n) ? n : 5;
        var dash = Array.IndexOf(args, "--");
        var cliArgs = dash >= 0 ? args[(dash + 1)..] : ["check", "--format", "json"];

        // One warm-up run fills the file cache; it is not counted.
        RunOnce(exe, site, cliArgs, out _);
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            times.Add(RunOnce(exe, site, cliArgs, out var exit));
            if (exit is not (0 or 1)) return Fail($"the run exited with {exit}");
        }
        times.Sort();
        var (peakKiB, cpuSeconds) = ChildUsage();
        var peakMiB = peakKiB / 1024.0;
        Console.WriteLine($"site: {site}");
        Console.WriteLine($"command: {Path.GetFileName(exe)} {string.Join(' ', cliArgs)}");
        Console.WriteLine($"runs: {runs}; wall seconds: min {times[0]:F3}, median {Median(times):F3}, max {times[^1]:F3}");
        Console.WriteLine($"peak resident memory of a run: {peakMiB:F0} MiB");
        // CPU time is steadier than wall time on a busy machine.
        Console.WriteLine($"CPU seconds (user + system) per run, mean: {cpuSeconds / (runs + 1):F3}");
        return 0;
    }

    public static int Compare(string[] args)
    {
        if (args.Length < 3) return Fail("compare <exe-a> <exe-b> <site> [rounds] [-- args]");
        string[] exes = [Path.GetFullPath(args[0]), Path.GetFullPath(args[1])];
        var site = Path.GetFullPath(args[2]);
        var rounds = args.Length > 3 && int.TryParse(args[3], out var n) ? n : 7;
        var dash = Array.IndexOf(args, "--");
        var cliArgs = dash >= 0 ? args[(dash + 1)..] : ["check", "--format", "json"];

        foreach (var exe in exes) RunOnce(exe, site, cliArgs, out _);
        var wall = new[] { new List<double>(), new List<double>() };
        var cpu = new[] { new List<double>(), new List<double>() };
        for (var round = 0; round < rounds; round++)
        {
            // Alternate which build goes first, so neither always follows the other.
            for (var k = 0; k < 2; k++)
            {
                var which = (round + k) % 2;
                var before = ChildUsage().CpuSeconds;
                wall[which].Add(RunOnce(exes[which], site, cliArgs, out var exit));
                cpu[which].Add(ChildUsage().CpuSeconds - before);
                if (exit is not (0 or 1)) return Fail($"{exes[which]} exited with {exit}");
            }
        }
        Console.WriteLine($"site: {site}; command: {string.Join(' ', cliArgs)}; rounds: {rounds}");
        for (var which = 0; which < 2; which++)
        {
            Console.WriteLine($"{(which == 0 ? 'A' : 'B')} {exes[which]}: wall median {Median(wall[which]):F3} s (min {wall[which].Min():F3}), CPU median {Median(cpu[which]):F3} s (min {cpu[which].Min():F3})");
        }
        return 0;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static double RunOnce(string exe, string site, string[] args, out int exit)
    {
        var start = new ProcessStartInfo(exe) { WorkingDirectory = site, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        watch.Stop();
        _ = output.Result;
        _ = error.Result;
        exit = process.ExitCode;
        return watch.Elapsed.TotalSeconds;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"process: {message}");
        return 2;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSec, UserUsec, SysSec, SysUsec, MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVcsw, NIvcsw;
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRUsage(int who, out RUsage usage);

    /// <summary>The largest peak RSS of any waited-for child in KiB, and their total CPU seconds (Linux).</summary>
    private static (long PeakKiB, double CpuSeconds) ChildUsage()
    {
        const int RusageChildren = -1;
        if (GetRUsage(RusageChildren, out var u) != 0) return (0, 0);
        return (u.MaxRss, u.UserSec + u.SysSec + (u.UserUsec + u.SysUsec) / 1e6);
    }
}
