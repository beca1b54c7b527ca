using ReviewI18n.Analysis;
using ReviewI18n.Content;
using ReviewI18n.Diagnostics;
using ReviewI18n.Pairing;
using ReviewI18n.Sections;

namespace ReviewI18n.Checks.Sections;

/// <summary>
/// <c>untranslated-section</c>: a translation section whose prose is still in the source language
/// (judged by script) or is the source's prose unchanged. Reported on the first line of prose,
/// below the heading and the score line. A reference list is never judged: its titles are in
/// their original language in every locale.
/// </summary>
public sealed class UntranslatedSectionCheck(LanguageJudge judge) : IPairCheck
{
    public IReadOnlyList<Rule> Rules { get; } = [Diagnostics.Rules.UntranslatedSection];

    public void Check(DocumentPair pair, SiteAnalysis analysis, ICollection<Diagnostic> findings)
    {
        if (!SectionPairs.CanCompare(pair)) return;
        foreach (var aligned in analysis.Of(pair).Alignment.Matched)
        {
            var s = aligned.Source!.Section;
            var t = aligned.Translation!.Section;
            var translated = Prose.Of(pair.Translation.Text, t.ContentStart, t.ContentEnd);
            if (translated.Letters < LanguageJudge.MinSectionLetters || translated.IsReferenceList) continue;
            var verdict = judge.Judge(translated, () => Prose.Of(pair.Source.Text, s.ContentStart, s.ContentEnd), pair.Source.Locale, pair.Locale, LanguageJudge.MinSectionLetters);
            if (verdict is LanguageVerdict.Translated or LanguageVerdict.TooShort) continue;
            findings.Add(Findings.Sections.UntranslatedSection(pair.Translation, aligned.Translation, verdict, pair.Source.Locale,
                FirstProseLine(pair.Translation, t)));
        }
    }

    private static int FirstProseLine(ReviewDocument doc, Section section)
    {
        var text = doc.Text;
        var offset = section.ContentStart;
        while (offset < section.ContentEnd)
        {
            var newline = text.IndexOf('\n', offset, section.ContentEnd - offset);
            var end = newline < 0 ? section.ContentEnd : newline;
            var line = text.AsSpan(offset, end - offset).Trim();
            if (!line.IsEmpty && !line.StartsWith("$$")) return doc.PositionOf(offset).Line;
            offset = end + 1;
        }
        return section.HeadingLine;
    }
}
