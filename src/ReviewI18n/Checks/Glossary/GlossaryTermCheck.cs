using ReviewI18n.Analysis;
using ReviewI18n.Checks.Sections;
using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using ReviewI18n.Diagnostics;
using ReviewI18n.Glossary;
using ReviewI18n.Pairing;

namespace ReviewI18n.Checks.Glossary;

/// <summary>
/// <c>glossary-term</c>: a term of <c>glossary/terms.yml</c> found in a source section whose fixed
/// translation appears nowhere in the aligned translation section. Matching ignores case; a
/// source term must stand as a whole word so "DAC" does not match inside "DACs" or "ADACS".
/// All terms are looked for in one vectorized pass over each source section. Sections the
/// glossary marks as localized are skipped: each locale writes its own.
/// </summary>
public sealed class GlossaryTermCheck(TranslationGlossary glossary) : IPairCheck
{
    private readonly ConcurrentDictionary<string, TermSearch> _searches = new(StringComparer.Ordinal);

    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.GlossaryTerm];

    public void Check(DocumentPair pair, SiteAnalysis analysis, ICollection<Diagnostic> findings)
    {
        if (glossary.Terms.Count == 0 || !SectionPairs.CanCompare(pair)) return;
        var sourceLocale = pair.Source.Locale;
        var search = _searches.GetOrAdd(sourceLocale, l => new TermSearch(glossary.Terms, l));
        if (search.IsEmpty) return;
        foreach (var aligned in analysis.Of(pair).Alignment.Matched)
        {
            if (aligned.IsLocalized) continue; // written per locale (local shops and sources), not translated
            var sourceText = aligned.Source!.Section.ContentOf(pair.Source.Text);
            var translationText = aligned.Translation!.Section.ContentOf(pair.Translation.Text);
            foreach (var found in search.FindIn(sourceText))
            {
                var expected = found.Term.FormsIn(pair.Locale);
                if (expected.Count == 0 || ContainsAny(translationText, expected)) continue;
                findings.Add(Findings.Glossary.GlossaryTerm(pair.Translation, aligned.Translation, found.Form, expected, sourceLocale));
            }
        }
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, IReadOnlyList<string> forms)
    {
        foreach (var form in forms)
        {
            // Case only matters for letters that have it; Japanese forms compare faster ordinally.
            var comparison = Ascii.IsValid(form) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            if (text.Contains(form, comparison)) return true;
        }
        return false;
    }

    /// <summary>A term as one of its forms is written.</summary>
    private sealed record TermForm(string Form, GlossaryEntry Term);

    /// <summary>
    /// The source-locale forms of every term, searchable at once. Forms are records, not
    /// tuples: runtime collections over a tuple are compiled when the CLI runs, not ahead.
    /// </summary>
    private sealed class TermSearch
    {
        private readonly SearchValues<string>? _values;
        private readonly List<TermForm> _forms = [];

        public TermSearch(IReadOnlyList<GlossaryEntry> terms, string locale)
        {
            foreach (var term in terms)
            {
                foreach (var form in term.FormsIn(locale)) _forms.Add(new TermForm(form, term));
            }
            if (_forms.Count > 0) _values = SearchValues.Create(_forms.ConvertAll(f => f.Form).ToArray(), StringComparison.OrdinalIgnoreCase);
        }

        public bool IsEmpty => _values is null;

        /// <summary>Each term found as a whole word, once, with the form the text used.</summary>
        public List<TermForm> FindIn(ReadOnlySpan<char> text)
        {
            var found = new List<TermForm>();
            var from = 0;
            while (from < text.Length)
            {
                var at = text[from..].IndexOfAny(_values!);
                if (at < 0) break;
                at += from;
                foreach (var candidate in _forms)
                {
                    var end = at + candidate.Form.Length;
                    if (end > text.Length || !text.Slice(at, candidate.Form.Length).Equals(candidate.Form, StringComparison.OrdinalIgnoreCase)) continue;
                    var whole = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end >= text.Length || !char.IsLetterOrDigit(text[end]));
                    if (whole && !found.Exists(f => ReferenceEquals(f.Term, candidate.Term))) found.Add(candidate);
                }
                from = at + 1;
            }
            return found;
        }
    }
}
