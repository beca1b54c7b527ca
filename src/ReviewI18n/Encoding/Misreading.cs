namespace ReviewI18n.Encodings;

/// <summary>
/// How text was damaged: bytes written in one encoding (<see cref="WrittenIn"/>) were decoded
/// with another (<see cref="ReadAs"/>) and saved again, <see cref="Passes"/> times over. The
/// repair runs the other way: encode with <see cref="ReadAs"/>, decode strictly with <see cref="WrittenIn"/>.
/// </summary>
public sealed record Misreading(int WrittenIn, int ReadAs, int Passes = 1)
{
    public const int Utf8 = 65001;

    /// <summary>A stable short name for data and the accuracy report, e.g. <c>utf-8-as-874</c>.</summary>
    public string Id => (WrittenIn == Utf8 ? "utf-8" : WrittenIn.ToString(System.Globalization.CultureInfo.InvariantCulture))
        + "-as-" + ReadAs.ToString(System.Globalization.CultureInfo.InvariantCulture) + (Passes > 1 ? $"-x{Passes}" : "");

    /// <summary>The explanation a finding shows, e.g. "UTF-8 read as Windows-874 (Thai, TIS-620)".</summary>
    public string Description =>
        $"{(WrittenIn == Utf8 ? "UTF-8" : CodePages.DisplayName(WrittenIn))} read as {CodePages.DisplayName(ReadAs)}"
        + (Passes == 2 ? " twice" : Passes > 2 ? $" {Passes} times" : "");

    public override string ToString() => Description;
}
