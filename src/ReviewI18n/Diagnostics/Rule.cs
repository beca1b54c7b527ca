namespace ReviewI18n.Diagnostics;

/// <summary>
/// A rule: the stable name users put in pipeline.json and CI filters, a numeric code,
/// its default severity and a one-line help text (used by SARIF and the README).
/// </summary>
public sealed record Rule(string Name, string Code, RuleArea Area, Severity DefaultSeverity, string Help)
{
    /// <summary>The kind of work a finding of this rule asks of a translator; null when it asks none (sync and maintainers handle it).</summary>
    public WorkKind? Work { get; init; }

    /// <summary>What a finding of this rule makes of the section it is on in coverage; null when it leaves the section current.</summary>
    public SectionStatus? Marks { get; init; }

    public override string ToString() => Name;
}

/// <summary>The part of the pipeline a rule belongs to; codes are numbered per area.</summary>
public enum RuleArea
{
    Pairing,
    FrontMatter,
    Sections,
    Drift,
    Facts,
    Sync,
    Glossary,
    Encoding,
    Content,
}
