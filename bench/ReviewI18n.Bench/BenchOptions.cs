namespace ReviewI18n.Bench;

/// <summary>The options of a bench subcommand: <c>--name value</c> pairs.</summary>
internal sealed record BenchOptions(IReadOnlyDictionary<string, string> Values)
{
    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2) values[args[i].TrimStart('-')] = args[i + 1];
        return new BenchOptions(values);
    }

    public string Get(string name, string fallback) => Values.GetValueOrDefault(name) ?? fallback;

    public int GetInt(string name, int fallback) => Values.TryGetValue(name, out var v) ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
