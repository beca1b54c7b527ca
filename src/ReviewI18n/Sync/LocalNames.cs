using ReviewI18n.Text;

namespace ReviewI18n.Sync;

/// <summary>
/// A translation may name a product in its own script on purpose (<c>コーラル Flat-6</c> for
/// <c>Coral Flat-6</c>, <c>初音ミクエディション</c>): a text value with letters of a script the
/// target locale writes and the source locale does not, where the source value has none, is a
/// local name and is left alone. A value in the source's script that merely differs (a case
/// change, a typo) is still synced.
/// </summary>
public static class LocalNames
{
    public static bool IsLocalName(string? source, string? translation, IReadOnlyList<Script> sourceScripts, IReadOnlyList<Script> targetScripts)
    {
        if (source is null || translation is null) return false;
        bool IsLocal(Script s) => targetScripts.Contains(s) && !sourceScripts.Contains(s);
        return HasScript(translation, IsLocal) && !HasScript(source, IsLocal);
    }

    private static bool HasScript(string text, Func<Script, bool> predicate)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (System.Text.Rune.IsLetter(rune) && predicate(ScriptClassifier.Of(rune))) return true;
        }
        return false;
    }
}
