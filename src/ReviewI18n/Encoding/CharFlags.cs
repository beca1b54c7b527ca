namespace ReviewI18n.Encodings;

/// <summary>Which scans a character asks for (bit flags).</summary>
[Flags]
internal enum Needs : byte
{
    None = 0,
    Mojibake = 1,
    Characters = 2,
    Nfc = 4,
    Scripts = 8,
}

/// <summary>
/// Per character, which scans it asks for: the table <see cref="TextSurvey"/> reads. Most reviews
/// have no control, invisible, decomposed or foreign-script character, so three of the four
/// character scans are skipped for them; the table is per locale because the script check depends on it.
/// </summary>
internal static class CharFlags
{
    public static Needs[] BuildTable(LocaleScripts locale)
    {
        var table = new Needs[65536];
        var scripts = locale.NeedsScriptCheck;
        for (var c = 0; c < 65536; c++)
        {
            var needs = Needs.None;
            if (ByteTables.Seeds[c] != Seed.None) needs |= Needs.Mojibake;
            if (CharClasses.Suspects[c]) needs |= Needs.Characters;
            if (NfcScanner.MayChange[c]) needs |= Needs.Nfc;
            if (scripts[c]) needs |= Needs.Scripts;
            table[c] = needs;
        }
        return table;
    }
}
