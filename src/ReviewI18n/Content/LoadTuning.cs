using System.Runtime;

namespace ReviewI18n.Content;

/// <summary>
/// How loading may use the process. A short-lived CLI run asks the GC to stay out of the way
/// while it reads the site: every text read survives the run, so collections during the load
/// only copy live data from generation to generation (a sixth of a check's CPU on the real site).
/// A library caller or a test host keeps the default and the GC as it is.
/// </summary>
public sealed record LoadTuning(bool PauseCollections)
{
    public static LoadTuning Default { get; } = new(false);

    /// <summary>The largest no-collection budget asked for; beyond it the GC simply resumes.</summary>
    public const long MaxBudget = 240L * 1024 * 1024;

    /// <summary>
    /// Pauses collections for about <paramref name="expectedBytes"/> of allocation when asked to;
    /// the returned scope resumes them. Never fails: when the runtime declines, nothing changes.
    /// </summary>
    public IDisposable Pause(long expectedBytes)
    {
        if (!PauseCollections || expectedBytes < 16 * 1024 * 1024) return Scope.None;
        try
        {
            return GC.TryStartNoGCRegion(Math.Min(expectedBytes, MaxBudget)) ? new Scope() : Scope.None;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentOutOfRangeException)
        {
            return Scope.None; // already paused elsewhere, or a budget the runtime will not give
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
