using ReviewI18n.Fuzz;
using System.Diagnostics;

namespace ReviewI18n.Bench;

/// <summary>
/// The crash test of sync: a reference run gives the "new" state; then, again and again, the site
/// is put back to its "old" state, <c>review-i18n sync --write</c> is started and killed after a
/// random delay, and every file must be exactly old or exactly new (no torn file, no lost file).
/// The lock file a killed run leaves behind must not stop the next run.
/// </summary>
internal static class SyncKillLoop
{
    private static string Command = "sync";

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var source = Path.GetFullPath(options.Get("site", "."));
        var kills = options.GetInt("kills", 25);
        var random = new Random(options.GetInt("seed", 20251121));
        var work = Path.GetFullPath(options.Get("work", Path.Combine(Path.GetTempPath(), "review-i18n-sync-kill")));
        var cli = Path.Combine(AppContext.BaseDirectory, "review-i18n.dll");
        // The other writer, fix-encoding, promises the same: `--command fix-encoding`.
        Command = options.Get("command", "sync");
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        var site = Path.Combine(work, "site");
        var reference = Path.Combine(work, "reference");
        FileSnapshot.Copy(source, site);
        FileSnapshot.Copy(source, reference);

        var old = FileSnapshot.Take(site);
        var started = Stopwatch.GetTimestamp();
        var (exit, _, log) = await RunSyncAsync(cli, reference, killAfter: null);
        var fullRun = Stopwatch.GetElapsedTime(started);
        // The writes happen at the very end of a run; half of the kills aim at that window.
        var writeWindow = TimeSpan.FromMilliseconds(WriteMilliseconds(log) + 300);
        var @new = FileSnapshot.Take(reference);
        var changed = @new.Keys.Where(k => old.GetValueOrDefault(k) != @new[k]).Order(StringComparer.Ordinal).ToList();
        Console.WriteLine($"reference run: exit {exit}, {fullRun.TotalMilliseconds:F0} ms (writes {writeWindow.TotalMilliseconds - 300:F0} ms), {changed.Count} files change ({string.Join(", ", changed.Where(c => !c.EndsWith(".md", StringComparison.Ordinal)))})");
        var oldBytes = changed.Where(old.ContainsKey).ToDictionary(c => c, c => File.ReadAllBytes(Path.Combine(site, c)), StringComparer.Ordinal);

        var violations = 0;
        var torn = 0;
        var allOld = 0;
        var allNew = 0;
        var beforeBaseline = 0;
        var finished = 0;
        var leftovers = 0;
        var leftAfterRecovery = 0;
        var contentFiles = changed.Count(c => c.EndsWith(".md", StringComparison.Ordinal));
        for (var k = 1; k <= kills; k++)
        {
            Restore(site, oldBytes, changed, old);
            // Odd kills land anywhere in the run; even kills wait for the first file to be written
            // (load time varies with the machine's load) and then strike inside the write phase.
            var aimed = k % 2 == 0;
            var delay = aimed
                ? random.NextDouble() * 0.25 * writeWindow
                : TimeSpan.FromMilliseconds(random.NextDouble() * fullRun.TotalMilliseconds);
            var watched = aimed ? changed.Where(c => c.EndsWith(".md", StringComparison.Ordinal)).Select(c => Path.Combine(site, c)).ToList() : null;
            var tempBefore = Directory.EnumerateFiles(site, "*.tmp", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(site, f).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
            var (killExit, killed, _) = await RunSyncAsync(cli, site, delay, watched);
            var now = FileSnapshot.Take(site);
            var newCount = 0;
            var newContent = 0;
            foreach (var (path, hash) in now)
            {
                if (path.EndsWith(".tmp", StringComparison.Ordinal))
                {
                    if (!tempBefore.Contains(path)) leftovers++;
                    continue;
                }
                if (path.EndsWith("sync.lock", StringComparison.Ordinal)) continue;
                if (hash == @new.GetValueOrDefault(path) && hash != old.GetValueOrDefault(path))
                {
                    newCount++;
                    if (path.EndsWith(".md", StringComparison.Ordinal)) newContent++;
                }
                else if (hash != old.GetValueOrDefault(path) && hash != @new.GetValueOrDefault(path))
                {
                    violations++;
                    Console.WriteLine($"  kill {k}: {path} is neither old nor new");
                }
            }
            foreach (var path in old.Keys.Where(p => !now.ContainsKey(p)))
            {
                violations++;
                Console.WriteLine($"  kill {k}: {path} is gone");
            }
            if (!killed) finished++;
            else if (newCount == 0) allOld++;
            else if (newCount == changed.Count) allNew++;
            else if (newContent == contentFiles) beforeBaseline++;
            else torn++;
            Console.WriteLine($"kill {k,2}: {(aimed ? "first write +" : "start +")} {delay.TotalMilliseconds,6:F0} ms ({(killed ? "killed" : $"finished, exit {killExit}")}): {newCount}/{changed.Count} files new");

            if (k % 5 == 0 || k == kills)
            {
                // A run after the crash finishes the job: the site reaches exactly the new state.
                var (recoverExit, _, _) = await RunSyncAsync(cli, site, killAfter: null);
                var recovered = FileSnapshot.Take(site).Where(p => !p.Key.EndsWith(".tmp", StringComparison.Ordinal))
                    .All(p => p.Value == @new.GetValueOrDefault(p.Key) || p.Key.EndsWith(".review-i18n/baseline.json", StringComparison.Ordinal));
                var stillLeft = Directory.EnumerateFiles(site, "*.tmp", SearchOption.AllDirectories).Count();
                leftAfterRecovery += stillLeft;
                Console.WriteLine($"  recovery run: exit {recoverExit}, {(recovered ? "every file new" : "NOT every file new")}, {stillLeft} temporary files left");
                if (!recovered) violations++;
            }
        }
        Console.WriteLine($"{kills} runs: {kills - finished} killed ({allOld} before any write, {torn} between two content files, " +
                          $"{beforeBaseline} after the content files but before the baseline, {allNew} after every write), {finished} finished first; " +
                          $"{violations} torn or lost files; {leftovers} temporary files left by killed runs, {leftAfterRecovery} after recovery runs");
        return violations == 0 ? 0 : 1;
    }

    private static void Restore(string site, Dictionary<string, byte[]> oldBytes, List<string> changed, Dictionary<string, string> old)
    {
        foreach (var path in changed)
        {
            var full = Path.Combine(site, path);
            if (oldBytes.TryGetValue(path, out var bytes)) File.WriteAllBytes(full, bytes);
            else if (!old.ContainsKey(path) && File.Exists(full)) File.Delete(full);
        }
    }

    /// <summary>Runs <c>sync --write</c> in <paramref name="site"/>; kills it (whole tree) after <paramref name="killAfter"/>.</summary>
    /// <summary>The write phase's duration from the run's log line ("... wrote 60 files in 642 ms").</summary>
    private static double WriteMilliseconds(string log)
    {
        var match = System.Text.RegularExpressions.Regex.Match(log, @"wrote \d+ files in (\d+) ms");
        return match.Success ? double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1000;
    }

    private static async Task<(int Exit, bool Killed, string Log)> RunSyncAsync(string cli, string site, TimeSpan? killAfter, List<string>? waitForWriteTo = null)
    {
        var before = waitForWriteTo?.ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var start = new ProcessStartInfo("dotnet", [cli, Command, "--write", "--quiet", "--verbose"])
        {
            WorkingDirectory = site,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var drainOut = process.StandardOutput.ReadToEndAsync();
        var drainErr = process.StandardError.ReadToEndAsync();
        var killed = false;
        if (before is not null)
        {
            // Poll until some watched file has been replaced, then start the kill delay.
            while (!process.HasExited && before.All(p => File.GetLastWriteTimeUtc(p.Key) == p.Value)) await Task.Delay(2);
        }
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
                killed = true;
            }
        }
        await process.WaitForExitAsync();
        await Task.WhenAll(drainOut, drainErr);
        return (process.ExitCode, killed, drainErr.Result);
    }
}
