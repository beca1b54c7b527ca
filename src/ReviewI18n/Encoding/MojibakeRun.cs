namespace ReviewI18n.Encodings;

/// <summary>
/// One damaged run of text and its repair. <see cref="Start"/> and <see cref="Length"/> are
/// character offsets into the decoded text. <see cref="Certain"/> is true when the bytes decoded
/// strictly and the repair holds no letter the locale does not expect: only those are written.
/// </summary>
public sealed record MojibakeRun(int Start, int Length, string Damaged, string Repaired, Misreading Misreading, bool Certain)
{
    public int End => Start + Length;
}
