namespace ReviewI18n.Fuzz;

/// <summary>What a fuzz run found: cases run, distinct crashes (by exception and place), hangs, writes outside the site.</summary>
public sealed record FuzzReport(int Cases, IReadOnlyDictionary<string, int> Crashes, IReadOnlyList<string> Hangs, IReadOnlyList<string> OutsideWrites, TimeSpan Elapsed)
{
    public bool Clean => Crashes.Count == 0 && Hangs.Count == 0 && OutsideWrites.Count == 0;

    public IEnumerable<string> Lines()
    {
        yield return $"{Cases} cases in {Elapsed.TotalSeconds:F1} s: {Crashes.Values.Sum()} crashing cases ({Crashes.Count} distinct), {Hangs.Count} hangs, {OutsideWrites.Count} writes outside the site";
        foreach (var (signature, count) in Crashes) yield return $"  crash x{count}: {signature}";
        foreach (var hang in Hangs) yield return $"  hang: {hang}";
        foreach (var write in OutsideWrites) yield return $"  outside write: {write}";
    }
}
