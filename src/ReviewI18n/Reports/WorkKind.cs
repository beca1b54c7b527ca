using ReviewI18n.Diagnostics;

namespace ReviewI18n.Reports;

/// <summary>How the kinds of work are named in reports.</summary>
public static class WorkKinds
{
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
