using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using ReviewI18n.Cli;

namespace ReviewI18n.Bench;

/// <summary>
/// Runs the CLI in this process, a few times, and samples what it allocates: the runtime reports
/// one allocation in about every 100 KB allocated, with its type. The last run's samples are
/// printed by type, largest first, as an estimate of the bytes each type takes.
/// </summary>
/// <remarks>
/// Allocations are where a one-shot check spends much of its time: each fresh page of the heap
/// is a page fault, and the check runs without collections. This tells which types to look at.
/// </remarks>
internal static class AllocationProfile
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: alloc <site> [runs] [-- cli args]");
            return 2;
        }
        var site = Path.GetFullPath(args[0]);
        var separator = Array.IndexOf(args, "--");
        var runs = args.Length > 1 && separator != 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2;
        var cliArgs = separator >= 0 ? args[(separator + 1)..] : ["check", "--format", "json", "--no-history"];

        Dictionary<string, (long Bytes, int Samples)> last = [];
        long allocated = 0;
        for (var run = 0; run < runs; run++)
        {
            using var listener = new AllocationListener();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var console = new CliConsole(TextWriter.Null, TextWriter.Null, site, false, new Dictionary<string, string?>());
            var exit = await CliApp.RunAsync(cliArgs, console);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            last = listener.ByType();
            Console.Error.WriteLine($"run {run + 1}: exit {exit}, {allocated / (1024.0 * 1024):F1} MiB allocated");
        }

        var sampled = last.Values.Sum(v => v.Bytes);
        Console.WriteLine($"command: review-i18n {string.Join(' ', cliArgs)}; site: {site}");
        Console.WriteLine($"allocated in the last run: {allocated / (1024.0 * 1024):F1} MiB; sampled: {sampled / (1024.0 * 1024):F1} MiB");
        Console.WriteLine("   MiB  share  samples  type");
        foreach (var (type, (bytes, samples)) in last.OrderByDescending(kv => kv.Value.Bytes).Take(40))
        {
            Console.WriteLine($"{bytes / (1024.0 * 1024),6:F1} {100.0 * bytes / Math.Max(1, sampled),5:F1}% {samples,8}  {type}");
        }
        return 0;
    }

    /// <summary>Listens to the runtime's allocation ticks (GCAllocationTick_V4).</summary>
    private sealed class AllocationListener : EventListener
    {
        private const int GcKeyword = 0x1;
        private const int AllocationTickEvent = 10;
        private readonly ConcurrentDictionary<string, (long Bytes, int Samples)> _byType = new(StringComparer.Ordinal);

        public Dictionary<string, (long Bytes, int Samples)> ByType() => new(_byType, StringComparer.Ordinal);

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)GcKeyword);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventId != AllocationTickEvent || e.Payload is null || e.PayloadNames is null) return;
            var type = e.PayloadNames.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
            var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
            _byType.AddOrUpdate(type, (amount, 1), (_, v) => (v.Bytes + amount, v.Samples + 1));
        }
    }
}
