using ReviewI18n.Content;

namespace ReviewI18n.Tests.Content;

public sealed class DerivedTests
{
    [Fact]
    public void A_value_is_computed_once_per_owner()
    {
        var derived = new Derived();
        var owner = new object();
        var calls = 0;

        var first = derived.GetOrAdd(owner, () => { calls++; return new List<int> { 1 }; });
        var second = derived.GetOrAdd(owner, () => { calls++; return new List<int> { 2 }; });

        Assert.Same(first, second);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void Owners_do_not_share_values()
    {
        var derived = new Derived();
        var a = new object();
        var b = new object();

        derived.GetOrAdd(a, () => "from a");
        var fromB = derived.GetOrAdd(b, () => "from b");

        Assert.Equal("from b", fromB);
        Assert.Equal("from a", derived.Get<string>(a));
    }

    [Fact]
    public void Set_replaces_only_its_owners_value()
    {
        var derived = new Derived();
        var a = new object();
        var b = new object();
        derived.Set(a, "old");
        derived.Set(b, "other");

        derived.Set(a, "new");

        Assert.Equal("new", derived.Get<string>(a));
        Assert.Equal("other", derived.Get<string>(b));
        Assert.Null(derived.Get<string>(new object()));
    }

    [Fact]
    public void Threads_racing_for_a_value_all_get_the_one_stored()
    {
        var derived = new Derived();
        var owner = new object();
        using var start = new Barrier(4);
        var seen = new object[4];

        var threads = Enumerable.Range(0, 4).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            seen[i] = derived.GetOrAdd(owner, () => new object());
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.All(seen, s => Assert.Same(seen[0], s));
        Assert.Same(seen[0], derived.Get<object>(owner));
    }
}
