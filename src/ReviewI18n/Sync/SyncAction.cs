namespace ReviewI18n.Sync;

/// <summary>What sync does with one shared field of one pair.</summary>
public enum SyncAction
{
    /// <summary>The values agree (by meaning, or through a sanctioned or local value).</summary>
    Nothing,

    /// <summary>The translation's value is replaced by the source's.</summary>
    Update,

    /// <summary>The translation lacks the key; it is inserted where the source's key order puts it.</summary>
    Insert,

    /// <summary>The translation changed the value since the baseline; left alone unless <c>--prefer</c> says otherwise.</summary>
    Conflict,

    /// <summary><c>--prefer translation</c>: the translation's value is written into the source (and the other translations).</summary>
    WriteBack,
}
