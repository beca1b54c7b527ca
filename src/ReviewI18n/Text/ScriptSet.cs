namespace ReviewI18n.Text;

/// <summary>
/// A set of scripts as bits. The language judge takes set differences of locales' scripts for
/// every section it judges; with bits that needs no collection, and no generic code over
/// <see cref="Script"/> (which is compiled at run time, not ahead).
/// </summary>
public readonly record struct ScriptSet(int Bits)
{
    public static ScriptSet Of(IReadOnlyList<Script> scripts)
    {
        var bits = 0;
        for (var i = 0; i < scripts.Count; i++) bits |= 1 << (int)scripts[i];
        return new ScriptSet(bits);
    }

    public bool IsEmpty => Bits == 0;

    public bool Contains(Script script) => (Bits & (1 << (int)script)) != 0;

    /// <summary>The scripts of this set that <paramref name="other"/> lacks.</summary>
    public ScriptSet Except(ScriptSet other) => new(Bits & ~other.Bits);
}
