using System.CommandLine;
using System.Globalization;
using ReviewI18n.Configuration;
using ReviewI18n.Diagnostics;
using ReviewI18n.Reports;

namespace ReviewI18n.Cli.Commands;

/// <summary>Which translator work a command is about: one locale and the filters of <c>pending</c>, shared by <c>pending</c> and <c>export</c>.</summary>
internal sealed class WorkSelection
{
    public Option<string?> Locale { get; } = new("--locale", "-l") { Description = "The locale to list work for (default: the only target locale)" };

    public Option<string[]> Collection { get; } = new("--collection") { Description = "Only these collections", AllowMultipleArgumentsPerToken = true };

    public Option<string[]> Company { get; } = new("--company") { Description = "Only reviews of these companies", AllowMultipleArgumentsPerToken = true };

    public Option<string[]> Rule { get; } = new("--rule") { Description = "Only work from these rules", AllowMultipleArgumentsPerToken = true };

    public Option<string?> Since { get; } = new("--since") { Description = "Only reviews whose source date is on or after this day (yyyy-MM-dd)" };

    public string LocaleOf(ParseResult parse, PipelineConfig config)
    {
        var targets = config.TargetLocales.ToList();
        if (parse.GetValue(Locale) is { } given)
        {
            return targets.Contains(given) ? given
                : throw new UsageException($"--locale: '{given}' is not a target locale (target locales: {string.Join(", ", targets)})");
        }
        return targets.Count == 1 ? targets[0]
            : throw new UsageException($"--locale is needed: the site has several target locales ({string.Join(", ", targets)})");
    }

    public WorklistFilter Filter(ParseResult parse)
    {
        var rules = parse.GetValue(Rule) ?? [];
        foreach (var name in rules)
        {
            if (Rules.Find(name) is not { } rule) throw new UsageException($"--rule: unknown rule '{name}'");
            if (rule.Work is null) throw new UsageException($"--rule: '{name}' is not translator work; see 'check --rule {name}'");
        }
        DateOnly? since = null;
        if (parse.GetValue(Since) is { } text)
        {
            since = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw new UsageException($"--since: '{text}' is not a date like 2025-08-14");
        }
        return new WorklistFilter(
            (parse.GetValue(Collection) ?? []).ToHashSet(StringComparer.Ordinal),
            (parse.GetValue(Company) ?? []).ToHashSet(StringComparer.Ordinal),
            rules.ToHashSet(StringComparer.Ordinal),
            since);
    }
}
