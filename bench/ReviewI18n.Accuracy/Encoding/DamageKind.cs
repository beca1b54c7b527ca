using ReviewI18n.Encodings;

namespace ReviewI18n.Accuracy.Encodings;

/// <summary>
/// A kind of damage the harness plants: the rule that must find it, whether a planted instance
/// should come back byte for byte from <c>fix-encoding</c>, and how to plant it.
/// </summary>
internal sealed record DamageKind(string Name, EncodingIssueKind Rule, bool Repairable, bool JapaneseOnly, Func<CorpusFile, Random, Plant?> Plant);
