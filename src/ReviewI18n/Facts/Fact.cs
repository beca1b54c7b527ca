namespace ReviewI18n.Facts;

/// <summary>One language-neutral fact found in a section: its canonical value and where it is (offset into the document text).</summary>
public readonly record struct Fact(string Value, int Offset);
