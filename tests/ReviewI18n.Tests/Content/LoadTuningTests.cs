using System.Runtime;
using ReviewI18n.Content;

namespace ReviewI18n.Tests.Content;

public sealed class LoadTuningTests
{
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
}
