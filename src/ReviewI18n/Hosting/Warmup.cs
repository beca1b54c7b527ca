using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.Encodings;
using ReviewI18n.Facts;
using ReviewI18n.Sections;

namespace ReviewI18n.Hosting;

/// <summary>
/// Runs the per-file stages once over two small reviews written here, so the code that is
/// compiled at run time (the hottest scan loops, generic code over our own types) and the
/// lookup tables are ready before the site is read. A command starts it on the idle core while
/// its host is built, which takes a core for a fifth of a second anyway. Pure: nothing is
/// written and nothing is kept but what the runtime caches.
/// </summary>
public static class Warmup
{
    private const string English = """
        ---
        layout: product
        title: "Example Audio X1 Review"
        ref: example-x1
        date: 2025-01-02
        rating: [2.5, 0.5, 0.5, 0.5, 0.5, 0.5]
        tags: [Amplifier, "Desktop"]
        ---
        ## Overview

        The X1 is a small amplifier with 0.60 W at 32 Ω, sold for 36,950 yen [1] — “quiet” and flat.

        ## Scientific Validity

        $$ \Large \text{0.5} $$

        Measured THD+N was 0.001 % at 1 kHz (see https://example.com/measurements?id=1).

        ```
        ## not a heading: a code fence sends the body through Markdig
        ```

        ## References

        [1] Example Lab, bench notes, https://example.com/lab
        """;

    private const string Japanese = """
        ---
        layout: product
        title: "Example Audio X1 レビュー"
        ref: example-x1
        date: 2025-01-02
        rating: [2.5, 0.5, 0.5, 0.5, 0.5, 0.5]
        ---
        ## 概要

        X1は小型のアンプで、32 Ωで０．６Ｗ、価格は36,950円です［1］。静かで素直な音です。

        ## 科学的有効性

        $$ \Large \text{0.5} $$

        1 kHzでのTHD+Nは0.001 %でした（https://example.com/measurements?id=1 を参照）。
        """;

    public static void Run()
    {
        try
        {
            foreach (var document in Documents())
            {
                EncodingScanner.Scan(document.Decoded, LocaleScripts.Default(document.Locale, "en", "ja"));
                foreach (var section in document.Sections)
                {
                    FactExtractor.Extract(document.Text, section.ContentStart, section.ContentEnd);
                    Prose.Of(document.Text, section.ContentStart, section.ContentEnd);
                }
            }
        }
        catch (Exception)
        {
            // A warm-up that fails costs nothing but the time the real run then takes itself.
        }
    }

    /// <summary>The two reviews the warm-up reads, as the loader reads them.</summary>
    internal static IReadOnlyList<ReviewDocument> Documents()
    {
        var collection = new CollectionConfig("products", "{locale}", null);
        return [Read(English, "en"), Read(Japanese, "ja")];

        ReviewDocument Read(string text, string locale) =>
            DocumentReader.Read(System.Text.Encoding.UTF8.GetBytes(text), "/warmup/" + locale + ".md", locale + ".md", collection, locale);
    }
}
