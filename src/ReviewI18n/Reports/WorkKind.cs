using ReviewI18n.Diagnostics;

namespace ReviewI18n.Reports;

/// <summary>The kinds of translator work, most urgent first (the worklist sorts by this order).</summary>
public enum WorkKind
{
    /// <summary>The whole review is not translated yet.</summary>
    MissingTranslation,
    /// <summary>The source section changed since it was translated.</summary>
    StaleSection,
    /// <summary>A section still in the source language.</summary>
    UntranslatedSection,
    /// <summary>A localized front-matter field still in the source language.</summary>
    UntranslatedField,
    /// <summary>A source section with no counterpart.</summary>
    MissingSection,
    /// <summary>A number, score, URL or reference marker that disagrees with the source.</summary>
    FactMismatch,
    /// <summary>Encoding damage to repair in the translation.</summary>
    EncodingDamage,
}

public static class WorkKinds
{
    /// <summary>The kind of work a finding asks of a translator, or null when it asks none (sync and maintainers handle it).</summary>
    public static WorkKind? Of(Rule rule) =>
        rule == Rules.MissingTranslation ? WorkKind.MissingTranslation
        : rule == Rules.StaleSection ? WorkKind.StaleSection
        : rule == Rules.UntranslatedSection ? WorkKind.UntranslatedSection
        : rule == Rules.UntranslatedField ? WorkKind.UntranslatedField
        : rule == Rules.MissingSection ? WorkKind.MissingSection
        : rule == Rules.FactMismatch || rule == Rules.FigureMismatch || rule == Rules.RatingMismatch ? WorkKind.FactMismatch
        : rule.Area == RuleArea.Encoding ? WorkKind.EncodingDamage
        : null;

    /// <summary>A stable name for JSON and CSS: <c>missing-translation</c>, <c>stale-section</c>, ...</summary>
    public static string ToName(this WorkKind kind) => kind switch
    {
        WorkKind.MissingTranslation => "missing-translation",
        WorkKind.StaleSection => "stale-section",
        WorkKind.UntranslatedSection => "untranslated-section",
        WorkKind.UntranslatedField => "untranslated-field",
        WorkKind.MissingSection => "missing-section",
        WorkKind.FactMismatch => "fact-mismatch",
        _ => "encoding",
    };

    /// <summary>How a person names the kind, as a heading: "Not yet translated", "Changed in the source", ...</summary>
    public static string Title(this WorkKind kind) => kind switch
    {
        WorkKind.MissingTranslation => "Not yet translated",
        WorkKind.StaleSection => "Changed in the source",
        WorkKind.UntranslatedSection => "Untranslated section",
        WorkKind.UntranslatedField => "Untranslated field",
        WorkKind.MissingSection => "Missing section",
        WorkKind.FactMismatch => "Facts that disagree",
        _ => "Encoding damage",
    };
}
