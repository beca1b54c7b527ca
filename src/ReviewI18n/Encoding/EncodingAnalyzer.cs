using System.Collections.Concurrent;
using ReviewI18n.Configuration;
using ReviewI18n.Content;

namespace ReviewI18n.Encodings;

/// <summary>
/// The encoding analysis of a document: one scan, which the Analyze stage keeps for the four
/// encoding checks, and <c>fix-encoding</c> reads. Registered as a singleton (it keeps each
/// locale's scripts).
/// </summary>
public sealed class EncodingAnalyzer(PipelineConfig config)
{
    private readonly ConcurrentDictionary<string, LocaleScripts> _locales = new(StringComparer.Ordinal);

    public LocaleScripts ScriptsOf(string locale) => _locales.GetOrAdd(locale, l => LocaleScripts.For(config, l));

    public EncodingAnalysis Analyze(ReviewDocument document) => EncodingScanner.Scan(document.Decoded, ScriptsOf(document.Locale));
}
