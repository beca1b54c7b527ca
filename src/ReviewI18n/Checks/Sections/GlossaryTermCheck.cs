using ReviewI18n.Diagnostics;
using ReviewI18n.Glossary;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Checks.Sections;

/// <summary>
/// <c>glossary-term</c>: a term of <c>glossary/terms.yml</c> found in a source section whose fixed
/// translation appears nowhere in the aligned translation section. Matching ignores case; a
/// source term must stand as a whole word so "DAC" does not match inside "DACs" or "ADACS".
/// </summary>
public sealed class GlossaryTermCheck(SectionAligner aligner, TranslationGlossary glossary) : IPairCheck
{
    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.GlossaryTerm];

    public void Check(DocumentPair pair, SiteModel site, ICollection<Diagnostic> findings)
    {
        if (!SectionPairs.CanCompare(pair)) return;
        if (glossary.Terms.Count == 0) return;
        var sourceLocale = pair.Source.Locale;
        foreach (var aligned in aligner.Align(pair).Matched)
        {
            var s = aligned.Source!.Section;
            var t = aligned.Translation!.Section;
            var sourceText = s.ContentOf(pair.Source.Text);
            var translationText = t.ContentOf(pair.Translation.Text);
            foreach (var term in glossary.Terms)
            {
                var expected = term.FormsIn(pair.Locale);
                if (expected.Count == 0) continue;
                string? found = null;
                foreach (var form in term.FormsIn(sourceLocale))
                {
                    if (ContainsWord(sourceText, form)) { found = form; break; }
                }
                if (found is null || ContainsAny(translationText, expected)) continue;
                findings.Add(Findings.Sections.GlossaryTerm(pair.Translation, aligned.Translation, found, expected, sourceLocale));
            }
        }
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, IReadOnlyList<string> forms)
    {
        foreach (var form in forms)
        {
            if (text.Contains(form, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    internal static bool ContainsWord(ReadOnlySpan<char> text, string word)
    {
        var from = 0;
        while (from < text.Length)
        {
            var at = text[from..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return false;
            at += from;
            var end = at + word.Length;
            var startOk = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var endOk = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (startOk && endOk) return true;
            from = at + 1;
        }
        return false;
    }
}
