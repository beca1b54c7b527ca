namespace ReviewI18n.Diagnostics;

/// <summary>
/// The catalogue of every rule. Names are a public contract (DESIGN.md): extend, never rename.
/// Codes: RI1xx pairing and front matter, RI2xx sections and facts, RI3xx drift and sync,
/// RI4xx encoding, RI9xx the tool itself.
/// </summary>
public static class Rules
{
    // Pairing and front matter.
    public static readonly Rule MissingTranslation = new("missing-translation", "RI101", RuleArea.Pairing, Severity.Warning,
        "A source document has no document with its ref in a target locale.") { Work = WorkKind.MissingTranslation };
    public static readonly Rule OrphanTranslation = new("orphan-translation", "RI102", RuleArea.Pairing, Severity.Warning,
        "A translation whose ref has no source document.");
    public static readonly Rule DuplicateRef = new("duplicate-ref", "RI103", RuleArea.Pairing, Severity.Error,
        "Two documents of one collection and locale share a ref.");
    public static readonly Rule RefMismatch = new("ref-mismatch", "RI104", RuleArea.Pairing, Severity.Warning,
        "The file name stem, the ref and the permalink's last segment disagree.");
    public static readonly Rule LocaleMismatch = new("locale-mismatch", "RI105", RuleArea.Pairing, Severity.Error,
        "lang disagrees with the locale folder, or the permalink names another locale.");
    public static readonly Rule FrontMatterInvalid = new("front-matter-invalid", "RI106", RuleArea.FrontMatter, Severity.Error,
        "No front matter, front matter not terminated, or YAML that does not parse.");
    public static readonly Rule RequiredFieldMissing = new("required-field-missing", "RI107", RuleArea.FrontMatter, Severity.Error,
        "A required front-matter key is absent or empty.");
    public static readonly Rule DuplicateKey = new("duplicate-key", "RI108", RuleArea.FrontMatter, Severity.Warning,
        "A front-matter key appears more than once; Jekyll keeps the last value.");

    // Sections and facts.
    public static readonly Rule MissingSection = new("missing-section", "RI201", RuleArea.Sections, Severity.Warning,
        "A source section has no counterpart in the translation.") { Work = WorkKind.MissingSection, Marks = SectionStatus.Missing };
    public static readonly Rule ExtraSection = new("extra-section", "RI202", RuleArea.Sections, Severity.Warning,
        "A translation section has no counterpart in the source.");
    public static readonly Rule SectionOrder = new("section-order", "RI203", RuleArea.Sections, Severity.Warning,
        "Counterpart sections appear in another order.");
    public static readonly Rule UnknownHeading = new("unknown-heading", "RI204", RuleArea.Sections, Severity.Info,
        "A heading the glossary does not know; it is aligned by position instead.");
    public static readonly Rule UntranslatedSection = new("untranslated-section", "RI205", RuleArea.Sections, Severity.Warning,
        "Translation text is still in the source language, or equal to the source.") { Work = WorkKind.UntranslatedSection, Marks = SectionStatus.Untranslated };
    public static readonly Rule UntranslatedField = new("untranslated-field", "RI206", RuleArea.Sections, Severity.Warning,
        "A localized front-matter field (title, summary) is still in the source language.") { Work = WorkKind.UntranslatedField };
    public static readonly Rule FactMismatch = new("fact-mismatch", "RI207", RuleArea.Facts, Severity.Warning,
        "Language-neutral facts differ between locales: the section score, or the sources a section cites.") { Work = WorkKind.FactMismatch };
    public static readonly Rule RatingMismatch = new("rating-mismatch", "RI208", RuleArea.Facts, Severity.Error,
        "A section's score line disagrees with the rating array, or the total is not the sum.") { Work = WorkKind.FactMismatch };
    public static readonly Rule GlossaryTerm = new("glossary-term", "RI209", RuleArea.Glossary, Severity.Info,
        "A glossary term in the source section lacks its fixed translation.");
    public static readonly Rule DanglingCitation = new("dangling-citation", "RI210", RuleArea.Facts, Severity.Warning,
        "A citation marker [n] has no entry n in the document's reference list.");
    public static readonly Rule PriceMismatch = new("price-mismatch", "RI212", RuleArea.Facts, Severity.Warning,
        "A pair's front-matter prices, each in its locale's currency, give an exchange rate outside the plausible band.");
    public static readonly Rule ForeignCurrency = new("foreign-currency", "RI213", RuleArea.Facts, Severity.Warning,
        "A price in the source locale's prose is written in a translation locale's currency (yen in English prose).");
    public static readonly Rule FigureMismatch = new("figure-mismatch", "RI211", RuleArea.Facts, Severity.Info,
        "A measured value differs between locales where both give as many values in that unit; info, since a translation often restates a figure.") { Work = WorkKind.FactMismatch };

    // Drift and sync.
    public static readonly Rule StaleSection = new("stale-section", "RI301", RuleArea.Drift, Severity.Warning,
        "The source section changed since the translation's baseline.") { Work = WorkKind.StaleSection, Marks = SectionStatus.Stale };
    public static readonly Rule SharedFieldMismatch = new("shared-field-mismatch", "RI302", RuleArea.Sync, Severity.Warning,
        "A shared front-matter field differs from the source; sync fixes it.");
    public static readonly Rule SharedFieldConflict = new("shared-field-conflict", "RI303", RuleArea.Sync, Severity.Error,
        "Source and translation both changed a shared field since the baseline.");

    // Encoding.
    public static readonly Rule InvalidUtf8 = new("invalid-utf8", "RI401", RuleArea.Encoding, Severity.Error,
        "Bytes that are not UTF-8.") { Work = WorkKind.EncodingDamage };
    public static readonly Rule ReplacementCharacter = new("replacement-character", "RI402", RuleArea.Encoding, Severity.Error,
        "U+FFFD in the text: something was lost in an earlier conversion.") { Work = WorkKind.EncodingDamage };
    public static readonly Rule Mojibake = new("mojibake", "RI403", RuleArea.Encoding, Severity.Error,
        "UTF-8 text that was decoded with a legacy code page and saved again.") { Work = WorkKind.EncodingDamage };
    public static readonly Rule ByteOrderMark = new("byte-order-mark", "RI404", RuleArea.Encoding, Severity.Warning,
        "The file starts with a UTF-8 byte order mark.") { Work = WorkKind.EncodingDamage };
    public static readonly Rule ControlCharacter = new("control-character", "RI405", RuleArea.Encoding, Severity.Error,
        "C0 or C1 control characters other than tab and newline.") { Work = WorkKind.EncodingDamage };
    public static readonly Rule BidiControl = new("bidi-control", "RI406", RuleArea.Encoding, Severity.Error,
        "Invisible bidirectional controls (U+202A..U+202E, U+2066..U+2069).") { Work = WorkKind.EncodingDamage };
    public static readonly Rule NotNfc = new("not-nfc", "RI407", RuleArea.Encoding, Severity.Warning,
        "Text not in Unicode normalization form C.") { Work = WorkKind.EncodingDamage };
    public static readonly Rule MixedLineEndings = new("mixed-line-endings", "RI408", RuleArea.Encoding, Severity.Warning,
        "CRLF and LF line endings in one file.") { Work = WorkKind.EncodingDamage };
    public static readonly Rule UnexpectedScript = new("unexpected-script", "RI409", RuleArea.Encoding, Severity.Warning,
        "Letters of a script the locale does not expect, outside quoted titles.") { Work = WorkKind.EncodingDamage };
    public static readonly Rule MixedScriptWord = new("mixed-script-word", "RI410", RuleArea.Encoding, Severity.Error,
        "One word mixing scripts, such as a Cyrillic letter inside a Latin name (homoglyphs).") { Work = WorkKind.EncodingDamage };
    public static readonly Rule InvisibleCharacter = new("invisible-character", "RI411", RuleArea.Encoding, Severity.Warning,
        "Zero-width spaces and joiners, soft hyphens and the like inside text.") { Work = WorkKind.EncodingDamage };

    // The tool itself (extensions to DESIGN.md's list).
    public static readonly Rule FileUnreadable = new("file-unreadable", "RI901", RuleArea.Content, Severity.Error,
        "A content file could not be read (vanished, no permission, too large).");

    public static IReadOnlyList<Rule> All { get; } =
    [
        MissingTranslation, OrphanTranslation, DuplicateRef, RefMismatch, LocaleMismatch, FrontMatterInvalid,
        RequiredFieldMissing, DuplicateKey, MissingSection, ExtraSection, SectionOrder, UnknownHeading, UntranslatedSection,
        UntranslatedField, FactMismatch, RatingMismatch, GlossaryTerm, DanglingCitation, FigureMismatch, PriceMismatch, ForeignCurrency, StaleSection, SharedFieldMismatch,
        SharedFieldConflict, InvalidUtf8, ReplacementCharacter, Mojibake, ByteOrderMark, ControlCharacter,
        BidiControl, NotNfc, MixedLineEndings, UnexpectedScript, MixedScriptWord, InvisibleCharacter, FileUnreadable,
    ];

    private static readonly Dictionary<string, Rule> ByName = All.ToDictionary(r => r.Name, StringComparer.Ordinal);

    public static Rule? Find(string name) => ByName.GetValueOrDefault(name);
}
