namespace ReviewI18n.Sync;

/// <summary>What one sync run covers (<c>--locale</c>, <c>--ref</c>, <c>--field</c>; empty means all) and <c>--prefer</c>.</summary>
public sealed record SyncScope(
    IReadOnlyCollection<string> Locales,
    IReadOnlyCollection<string> Refs,
    IReadOnlyCollection<string> Fields,
    PreferSide Prefer = PreferSide.None)
{
    public static SyncScope All { get; } = new([], [], []);

    public bool Covers(Pairing.DocumentPair pair) =>
        (Locales.Count == 0 || Locales.Contains(pair.Locale)) && (Refs.Count == 0 || Refs.Contains(pair.Key));

    public bool CoversField(string field) => Fields.Count == 0 || Fields.Contains(field);
}
