namespace ReviewI18n.Content;

/// <summary>The parsed front matter: its top-level fields in file order.</summary>
public sealed class FrontMatter
{
    private readonly Dictionary<string, FrontMatterField> _byKey;

    public FrontMatter(FrontMatterBlock block, IReadOnlyList<FrontMatterField> fields)
    {
        Block = block;
        Fields = fields;
        _byKey = new Dictionary<string, FrontMatterField>(fields.Count, StringComparer.Ordinal);
        foreach (var f in fields) _byKey.TryAdd(f.Key, f);
    }

    public FrontMatterBlock Block { get; }

    public IReadOnlyList<FrontMatterField> Fields { get; }

    public FrontMatterField? this[string key] => _byKey.GetValueOrDefault(key);

    public string? GetScalar(string key) => this[key]?.Scalar;
}
