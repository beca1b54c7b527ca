namespace ReviewI18n.Baselines;

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
    /// <summary>
    /// In git mode, the commit each section's baseline comes from: the last commit that changed
    /// that section of the translation (so a typo fix in one translated section does not hide
    /// drift in another). Sections not listed use <see cref="Commit"/>.
    /// </summary>
    public IReadOnlyDictionary<string, History.FileCommit>? SectionCommits { get; init; }

    /// <summary>The commit a section's baseline comes from, when known.</summary>
    public string? CommitOf(string key) => SectionCommits?.GetValueOrDefault(key)?.Commit ?? Commit;

    /// <summary>A short phrase for messages: "the baseline accepted 2025-09-01 by Aki", "the translation's commit 1a2b3c4 (2025-09-01)".</summary>
    public string Describe(string? key = null)
    {
        if (Origin == BaselineOrigin.Git && key is not null && SectionCommits?.GetValueOrDefault(key) is { } at)
        {
            return $"the translation's last change to this section, commit {Short(at.Commit)} ({at.Time.UtcDateTime:yyyy-MM-dd})";
        }
        return Origin switch
        {
            BaselineOrigin.Git => $"the translation's last commit {Short(Commit)}{(When is null ? "" : $" ({When})")}",
            _ => $"the baseline accepted{(When is null ? "" : $" {When}")}{(By is null ? "" : $" by {By}")}",
        };
    }

    private static string Short(string? commit) => commit is { Length: > 7 } c ? c[..7] : commit ?? "?";
}
