namespace ReviewI18n.Reports;

/// <summary>
/// What <c>pending</c> narrows to. Empty sets mean everything. <see cref="Since"/> keeps reviews
/// whose source <c>date</c> (front matter) is on or after it; a review without a date is left out.
/// </summary>
public sealed record WorklistFilter(
    IReadOnlySet<string> Collections,
    IReadOnlySet<string> Companies,
    IReadOnlySet<string> Rules,
    DateOnly? Since)
{
    public static WorklistFilter All { get; } = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), null);
}
