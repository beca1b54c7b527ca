namespace ReviewI18n.Glossary;

/// <summary>
/// One entry of <c>glossary/terms.yml</c> or <c>glossary/tags.yml</c>: the accepted forms of a
/// term in each locale (the first is the preferred one). <see cref="Line"/> is where it is written.
/// </summary>
public sealed record GlossaryEntry(IReadOnlyDictionary<string, IReadOnlyList<string>> Forms, int Line)
{
    public IReadOnlyList<string> FormsIn(string locale) => Forms.GetValueOrDefault(locale) ?? [];
}
