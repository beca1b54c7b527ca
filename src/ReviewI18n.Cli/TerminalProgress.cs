using System.Diagnostics;
using ReviewI18n.Progress;

namespace ReviewI18n.Cli;

/// <summary>
/// Progress on a terminal's stderr: one line rewritten in place, shown only once a stage has run
/// for about a second (short runs stay quiet), at most ten updates a second.
/// </summary>
internal sealed class TerminalProgress(TextWriter error) : IStageProgress
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private readonly object _gate = new();
    private readonly Dictionary<string, long> _started = new(StringComparer.Ordinal);
    private long _lastDraw;
    private bool _drawn;

    public void Report(string stage, int done, int total)
    {
        lock (_gate)
        {
            var now = Stopwatch.GetTimestamp();
            if (!_started.TryGetValue(stage, out var started)) _started[stage] = started = now;
            if (Stopwatch.GetElapsedTime(started, now) < Delay || Stopwatch.GetElapsedTime(_lastDraw, now) < TimeSpan.FromMilliseconds(100)) return;
            _lastDraw = now;
            _drawn = true;
            var percent = total > 0 ? $" {100 * done / total,3}%" : "";
            error.Write($"\r\u001b[2K{stage}: {done:N0}/{total:N0}{percent}");
            error.Flush();
        }
    }

    public void Complete(string stage)
    {
        lock (_gate)
        {
            _started.Remove(stage);
            if (!_drawn) return;
            error.Write("\r\u001b[2K");
            error.Flush();
            _drawn = false;
        }
    }
}
