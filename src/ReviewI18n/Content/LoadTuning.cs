using System.Runtime;

namespace ReviewI18n.Content;

/// <summary>
/// How a run may use the process. A short-lived CLI run asks the GC to stay out of the way:
/// every text read survives the run, and so do most values derived from it, so collections only
/// copy live data from generation to generation. With <paramref name="UntilExit"/> the pause is
/// not ended by the scope either (a one-shot command's process ends soon after; ending the pause
/// makes the next allocation collect the whole site at once). The pause ends by itself when the
/// budget is spent, so memory stays bounded. A library caller, a test host or a watch keeps the
/// default and the GC as it is.
/// </summary>
public sealed record LoadTuning(bool PauseCollections, bool UntilExit = false)
{
    public static LoadTuning Default { get; } = new(false);

    /// <summary>The largest no-collection budget asked for; beyond it the GC simply resumes.</summary>
    public const long MaxBudget = 512L * 1024 * 1024;

    /// <summary>What loading allocates per byte on disk: UTF-16 texts, front matter, sections, line maps (2.7 on the real site).</summary>
    public const int LoadBytesPerDiskByte = 3;

    /// <summary>What a whole check allocates per byte on disk, loading included (about 6 on the real site).</summary>
    public const int CheckBytesPerDiskByte = 7;

    /// <summary>
    /// Pauses collections for about <paramref name="expectedBytes"/> of allocation when asked to;
    /// the returned scope resumes them. Never fails: when the runtime declines, nothing changes.
    /// </summary>
    public IDisposable Pause(long expectedBytes)
    {
        if (!PauseCollections || expectedBytes < 16 * 1024 * 1024) return Scope.None;
        // Asking again while paused would end the pause in force (the runtime does, then refuses).
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) return Scope.None;
        try
        {
            return GC.TryStartNoGCRegion(Math.Min(expectedBytes, MaxBudget)) && !UntilExit ? new Scope() : Scope.None;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentOutOfRangeException)
        {
            return Scope.None; // paused meanwhile by another thread, or a budget the runtime will not give
        }
    }

    private sealed class Scope : IDisposable
    {
        public static readonly IDisposable None = new NoScope();

        public void Dispose()
        {
            // Allocating past the budget ends the region by itself; end it only if it still runs.
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                try
                {
                    GC.EndNoGCRegion();
                }
                catch (InvalidOperationException)
                {
                }
            }
        }

        private sealed class NoScope : IDisposable
        {
            public void Dispose()
            {
            }
        }
    }
}
