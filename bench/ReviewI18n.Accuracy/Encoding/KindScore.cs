namespace ReviewI18n.Accuracy.Encodings;

/// <summary>Counts for one kind of planted damage.</summary>
internal sealed class KindScore(DamageKind kind)
{
    public DamageKind Kind { get; } = kind;
    public int Planted { get; set; }
    public int Found { get; set; }
    public int FoundAnyRule { get; set; }
    public int FoundAsMojibake { get; set; }
    public int Lossless { get; set; }
    public int ExactlyRepaired { get; set; }
    public int LosslessExactlyRepaired { get; set; }
    public int OtherFindings { get; set; }
    public List<string> Misses { get; } = [];
    public List<string> Others { get; } = [];
    public List<string> NotExact { get; } = [];

    public double Recall => Planted == 0 ? 0 : (double)Found / Planted;
}
