namespace ReviewI18n.Drift;

/// <summary>Where a pair's drift baseline came from.</summary>
public enum BaselineOrigin
{
    /// <summary>An entry of the baseline store (<c>baseline accept</c>, <c>baseline init</c>).</summary>
    Store,

    /// <summary>The source as it was at the last commit that touched the translation.</summary>
    Git,
}

/// <summary>
/// What the source looked like when a translation was last known to be current: the hash of each
/// section by key, and where it is known the section texts themselves (for word diffs).
/// </summary>
public sealed record DriftBaseline(
    BaselineOrigin Origin,
    IReadOnlyDictionary<string, string> Hashes,
    IReadOnlyDictionary<string, string>? Texts,
    string? Commit,
    string? When,
    string? By)
{
    /// <summary>A short phrase for messages: "baseline accepted 2025-09-01 by Aki", "git 1a2b3c4 (2025-09-01)".</summary>
    public string Describe() => Origin switch
    {
        BaselineOrigin.Git => $"the translation's last commit {Short(Commit)}{(When is null ? "" : $" ({When})")}",
        _ => $"the baseline accepted{(When is null ? "" : $" {When}")}{(By is null ? "" : $" by {By}")}",
    };

    private static string Short(string? commit) => commit is { Length: > 7 } c ? c[..7] : commit ?? "?";
}
