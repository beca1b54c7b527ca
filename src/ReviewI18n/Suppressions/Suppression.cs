namespace ReviewI18n.Suppressions;

/// <summary>
/// One entry of the suppressions file: the findings of one fingerprint that are accepted as they
/// are. <see cref="Count"/> of them are suppressed (a review may carry the same damage twice);
/// <see cref="File"/>, <see cref="Section"/> and <see cref="Message"/> are for the people who read
/// the file and its diffs; matching uses <see cref="Rule"/> and <see cref="Fingerprint"/>.
/// </summary>
public sealed record Suppression(string Rule, string File, string? Section, string Fingerprint, int Count, string Message);
