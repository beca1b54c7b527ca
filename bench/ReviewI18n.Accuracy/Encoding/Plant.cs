namespace ReviewI18n.Accuracy.Encodings;

/// <summary>
/// One planted piece of damage: the damaged file's bytes, where the damage sits in the damaged
/// text (character offsets), and whether the original can be recovered from the damage alone.
/// </summary>
internal sealed record Plant(string Kind, CorpusFile File, byte[] Damaged, bool Lossless, string Sample);
