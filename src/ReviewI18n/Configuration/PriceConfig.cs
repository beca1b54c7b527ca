namespace ReviewI18n.Configuration;

/// <summary>A plausible exchange rate from the source locale's currency to a target locale's.</summary>
public sealed record RateBand(decimal Min, decimal Max, decimal Typical)
{
    public bool Contains(decimal rate) => rate >= Min && rate <= Max;
}

/// <summary>
/// pipeline.json <c>prices</c>, validated: the price field, each locale's currency (ISO code) and
/// the rate band of each target locale.
/// </summary>
public sealed record PriceConfig(string Field, IReadOnlyDictionary<string, string> Currencies, IReadOnlyDictionary<string, RateBand> Rates)
{
    public static PriceConfig From(PricesOptions options) => new(
        options.Field ?? "price",
        options.Currencies ?? [],
        (options.Rates ?? []).ToDictionary(r => r.Key, r => new RateBand(r.Value.Min!.Value, r.Value.Max!.Value,
            r.Value.Typical ?? Math.Round((r.Value.Min!.Value + r.Value.Max!.Value) / 2))));
}
