using ReviewI18n.Encodings;

namespace ReviewI18n.Accuracy.Encodings;

/// <summary>
/// The findings on the untouched corpus, each read by hand (2026-11-21) and judged. Anything the
/// engine reports that is not listed here counts as a false positive until someone reads it.
/// </summary>
internal static class ReviewedFindings
{
    private static readonly Dictionary<(string File, EncodingIssueKind Kind), string> Verdicts = new()
    {
        [("_products/en/behringer/behringer-umc22.md", EncodingIssueKind.Mojibake)] = "true: Shift_JIS punctuation read as Latin-1 (’ “ ” became U+0081 f/g/h)",
        [("_products/en/denon/denon-dht-c210.md", EncodingIssueKind.Mojibake)] = "true: Shift_JIS ［n］ “ ” ÷ … → read as Windows-1252",
        [("_products/en/logitech/logitech-z120bw.md", EncodingIssueKind.Mojibake)] = "true: Shift_JIS text and punctuation read as Latin-1",
        [("_products/en/moondrop/moondrop-robin.md", EncodingIssueKind.Mojibake)] = "true: Shift_JIS text and punctuation read as Latin-1",
        [("_products/en/behringer/behringer-umc22.md", EncodingIssueKind.ControlCharacter)] = "true: C1 bytes of the same damage that no Shift_JIS character explains",
        [("_products/en/denon/denon-dht-c210.md", EncodingIssueKind.ControlCharacter)] = "true: C1 bytes of the same damage",
        [("_products/en/logitech/logitech-z120bw.md", EncodingIssueKind.ControlCharacter)] = "true: C1 bytes of the same damage",
        [("_products/en/moondrop/moondrop-robin.md", EncodingIssueKind.ControlCharacter)] = "true: C1 bytes of the same damage",
        [("_products/ja/akg/akg-k553-mkii.md", EncodingIssueKind.ReplacementCharacter)] = "true: a character lost before 傘下",
        [("_products/ja/fiio/fiio-m11-pro.md", EncodingIssueKind.InvisibleCharacter)] = "true: two zero-width spaces before a quoted phrase",
        [("_companies/ja/rockford-fosgate.md", EncodingIssueKind.InvisibleCharacter)] = "true: two zero-width spaces inside the brand name",
        [("_products/en/michael-fidler/michael-fidler-spartan-20.md", EncodingIssueKind.NotNfc)] = "true: U+2126 OHM SIGN, which NFC writes as Ω",
        [("_products/ja/michael-fidler/michael-fidler-spartan-20.md", EncodingIssueKind.NotNfc)] = "true: U+2126 OHM SIGN, which NFC writes as Ω",
        [("_products/en/kz/kz-krila.md", EncodingIssueKind.UnexpectedScript)] = "true: a Ukrainian word (повернутися) in English prose",
        [("_products/en/superlux/superlux-hd681.md", EncodingIssueKind.UnexpectedScript)] = "true: a Korean word (이슈) in English prose",
        [("_products/ja/kiwi-ears/kiwi-ears-altruva.md", EncodingIssueKind.MixedScriptWord)] = "true: Cyrillic а at the end of the brand name Altruva",
        [("_companies/ja/talomen.md", EncodingIssueKind.MixedScriptWord)] = "true: Cyrillic мен in the brand name Talomen",
    };

    public static bool IsTrue(string file, EncodingIssueKind kind) => Verdicts.ContainsKey((file, kind));

    public static string Verdict(string file, EncodingIssueKind kind) => Verdicts.TryGetValue((file, kind), out var v) ? v : "**not reviewed: false positive**";
}
