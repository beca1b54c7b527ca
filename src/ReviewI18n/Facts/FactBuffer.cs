namespace ReviewI18n.Facts;

/// <summary>
/// A growable run of facts, reused from section to section. Not a <c>List&lt;Fact&gt;</c>: generic
/// code from the runtime over a struct of ours is compiled when the CLI runs, not ahead of time,
/// and a CLI run is too short to earn that back.
/// </summary>
internal sealed class FactBuffer
{
    private Fact[] _items = new Fact[16];

    public int Count { get; private set; }

    public void Add(Fact fact)
    {
        if (Count == _items.Length)
        {
            var larger = new Fact[_items.Length * 2];
            Array.Copy(_items, larger, Count);
            _items = larger;
        }
        _items[Count++] = fact;
    }

    public void Clear()
    {
        Array.Clear(_items, 0, Count);
        Count = 0;
    }

    /// <summary>The facts as an array of their own (the shared empty one when there are none).</summary>
    public Fact[] ToArray()
    {
        if (Count == 0) return Empty;
        var facts = new Fact[Count];
        Array.Copy(_items, facts, Count);
        return facts;
    }

    /// <summary>No facts. Not <c>Array.Empty&lt;Fact&gt;()</c>: generic code, compiled at run time.</summary>
    internal static readonly Fact[] Empty = new Fact[0];
}
