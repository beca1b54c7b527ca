using System.Runtime;
using ReviewI18n.Content;

namespace ReviewI18n.Tests.Content;

/// <summary>Pausing collections is process-wide, so these tests run alone.</summary>
[CollectionDefinition(nameof(LoadTuningTests), DisableParallelization = true)]
public sealed class LoadTuningCollection;

[Collection(nameof(LoadTuningTests))]
public sealed class LoadTuningTests
{
    public LoadTuningTests()
    {
        // A command run in-process by an earlier test may have left its pause in force (a CLI
        // run keeps it to exit): start from a process that collects as usual.
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
    }

    [Fact]
    public void The_default_and_small_loads_leave_the_gc_alone()
    {
        var before = GCSettings.LatencyMode;
        using (LoadTuning.Default.Pause(200L * 1024 * 1024))
        {
            Assert.Equal(before, GCSettings.LatencyMode);
        }
        using (new LoadTuning(PauseCollections: true).Pause(1024 * 1024))
        {
            Assert.Equal(before, GCSettings.LatencyMode);
        }
    }

    [Fact]
    public void A_pause_ends_with_its_scope_unless_it_lasts_until_exit()
    {
        try
        {
            using (new LoadTuning(PauseCollections: true).Pause(64L * 1024 * 1024))
            {
                Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            }
            Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);

            using (new LoadTuning(PauseCollections: true, UntilExit: true).Pause(64L * 1024 * 1024))
            {
                Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            }
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }
        finally
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
        }
    }

    [Fact]
    public void A_second_pause_inside_a_first_changes_nothing()
    {
        try
        {
            using var outer = new LoadTuning(PauseCollections: true, UntilExit: true).Pause(64L * 1024 * 1024);
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            using (new LoadTuning(PauseCollections: true).Pause(32L * 1024 * 1024))
            {
            }
            // The inner scope got no pause of its own, so ending it did not end the outer one.
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }
        finally
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
        }
    }
}
