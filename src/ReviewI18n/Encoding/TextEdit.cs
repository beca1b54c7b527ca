namespace ReviewI18n.Encodings;

/// <summary>One certain repair: replace the characters [Start, End) of the decoded text.</summary>
public sealed record TextEdit(int Start, int End, string Replacement, string Rule);
