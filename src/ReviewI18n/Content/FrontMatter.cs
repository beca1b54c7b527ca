namespace ReviewI18n.Content;

/// <summary>
/// The parsed front matter: its top-level fields in file order. A key may appear more than once
/// (YAML forbids it, Jekyll keeps the last value): the indexer returns the last occurrence and
/// <see cref="DuplicateFields"/> lists the earlier ones.
/// </summary>
public sealed class FrontMatter
{
    private readonly Dictionary<string, FrontMatterField> _byKey;

    public FrontMatter(FrontMatterBlock block, IReadOnlyList<FrontMatterField> fields)
    {
        Block = block;
        Fields = fields;
        _byKey = new Dictionary<string, FrontMatterField>(fields.Count, StringComparer.Ordinal);
        foreach (var f in fields) _byKey[f.Key] = f;
        if (_byKey.Count == fields.Count)
        {
            DuplicateFields = [];
        }
        else
        {
            var earlier = new List<FrontMatterField>(fields.Count - _byKey.Count);
            foreach (var f in fields)
            {
                if (!ReferenceEquals(_byKey[f.Key], f)) earlier.Add(f);
            }
            DuplicateFields = earlier;
        }
    }

    public FrontMatterBlock Block { get; }

    /// <summary>Every field in file order, repeated keys included.</summary>
    public IReadOnlyList<FrontMatterField> Fields { get; }

    /// <summary>The occurrences of repeated keys that Jekyll ignores (all but the last), in file order.</summary>
    public IReadOnlyList<FrontMatterField> DuplicateFields { get; }

    /// <summary>The field of a key (its last occurrence, as Jekyll reads it), or null.</summary>
    public FrontMatterField? this[string key] => _byKey.GetValueOrDefault(key);

    public string? GetScalar(string key) => this[key]?.Scalar;
}
