using System.Collections.Concurrent;
using ReviewI18n.Configuration;
using ReviewI18n.Content;

namespace ReviewI18n.Encodings;

/// <summary>
/// The encoding analysis of each document, computed once and shared by the encoding checks and
/// <c>fix-encoding</c> (the checks run one after another on a document, so the cache saves the
/// second to fourth scan). Registered as a singleton.
/// </summary>
public sealed class EncodingAnalyzer(PipelineConfig config)
{
    private readonly ConcurrentDictionary<string, LocaleScripts> _locales = new(StringComparer.Ordinal);

    public LocaleScripts ScriptsOf(string locale) => _locales.GetOrAdd(locale, l => LocaleScripts.For(config, l));

    public EncodingAnalysis Analyze(ReviewDocument document) =>
        document.Derived.GetOrAdd(this, this, document, static (analyzer, d) => EncodingScanner.Scan(d.Decoded, analyzer.ScriptsOf(d.Locale)));
}
