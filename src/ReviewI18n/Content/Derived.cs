namespace ReviewI18n.Content;

/// <summary>
/// Values that stages derive from one document or pair (its facts, its encoding analysis, its
/// section keys), kept with it so each is computed once and goes when the document goes (a watch
/// replaces edited documents). Keyed by the deriving object, so two stages configured
/// differently never share a value.
/// </summary>
/// <remarks>
/// This replaces a <see cref="System.Runtime.CompilerServices.ConditionalWeakTable{TKey,TValue}"/>
/// per stage: each of its entries is a dependent GC handle, and a check of the real site made
/// about 35,000 of them, which every garbage collection then has to trace. A document holds a
/// handful of values, so a short list under a lock is all it needs.
/// </remarks>
public sealed class Derived
{
    private readonly object _gate = new();
    private (object Owner, object Value)[] _entries = [];

    /// <summary>
    /// The value <paramref name="owner"/> derived, computing it on first use. Two threads may
    /// compute it at once; the first stored wins and both get it.
    /// </summary>
    public T GetOrAdd<T>(object owner, Func<T> compute)
        where T : class => GetOrAdd(owner, compute, static c => c());

    /// <summary>As <see cref="GetOrAdd{T}(object, Func{T})"/>, with the state the computation needs (no closure on every call).</summary>
    public T GetOrAdd<TState, T>(object owner, TState state, Func<TState, T> compute)
        where T : class
    {
        if (Find(owner) is T known) return known;
        return Store(owner, compute(state));
    }

    /// <summary>As <see cref="GetOrAdd{TState, T}(object, TState, Func{TState, T})"/>, with two values of state.</summary>
    public T GetOrAdd<TFirst, TSecond, T>(object owner, TFirst first, TSecond second, Func<TFirst, TSecond, T> compute)
        where T : class
    {
        if (Find(owner) is T known) return known;
        return Store(owner, compute(first, second));
    }

    /// <summary>Keeps <paramref name="value"/> unless another thread stored one first; returns the one kept.</summary>
    private T Store<T>(object owner, T value)
        where T : class
    {
        lock (_gate)
        {
            foreach (var (o, v) in _entries)
            {
                if (ReferenceEquals(o, owner)) return (T)v;
            }
            Volatile.Write(ref _entries, [.. _entries, (owner, value)]);
        }
        return value;
    }

    /// <summary>The value <paramref name="owner"/> stored, or null.</summary>
    public T? Get<T>(object owner)
        where T : class => Find(owner) as T;

    /// <summary>Stores (or replaces) what <paramref name="owner"/> derived.</summary>
    public void Set(object owner, object value)
    {
        lock (_gate)
        {
            for (var i = 0; i < _entries.Length; i++)
            {
                if (!ReferenceEquals(_entries[i].Owner, owner)) continue;
                var copy = ((object Owner, object Value)[])_entries.Clone();
                copy[i] = (owner, value);
                Volatile.Write(ref _entries, copy);
                return;
            }
            Volatile.Write(ref _entries, [.. _entries, (owner, value)]);
        }
    }

    private object? Find(object owner)
    {
        // The array is replaced, never changed in place, so reading it needs no lock.
        foreach (var (o, v) in Volatile.Read(ref _entries))
        {
            if (ReferenceEquals(o, owner)) return v;
        }
        return null;
    }
}
