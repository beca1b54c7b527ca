namespace ReviewI18n.Baselines;

/// <summary>
/// The baseline file read once per run and shared by everything that reads it (sync's plan,
/// drift), so the two always see the same state and the file is parsed once.
/// </summary>
public sealed class BaselineSnapshot(BaselineStore store)
{
    private readonly Lazy<Baseline> _value = new(store.Load);

    public Baseline Value => _value.Value;

    public BaselineStore Store => store;
}
