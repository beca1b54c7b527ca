using System.CommandLine;
using ReviewI18n.Diagnostics;

namespace ReviewI18n.Cli.Commands;

/// <summary>The options that narrow findings and set the failure level, shared by <c>check</c> and <c>run</c>.</summary>
public sealed class FindingOptions
{
    public Option<string[]> Locale { get; } = new("--locale") { Description = "Only findings for these locales", AllowMultipleArgumentsPerToken = true };

    public Option<string[]> Rule { get; } = new("--rule") { Description = "Only findings of these rules", AllowMultipleArgumentsPerToken = true };

    public Option<FailLevel> FailOn { get; } = new("--fail-on") { Description = "Exit 1 when a finding is at or above this severity", DefaultValueFactory = _ => FailLevel.Error };

    public Option<bool> NoHistory { get; } = new("--no-history") { Description = "Do not read git history for drift (the baseline store only)" };

    public void AddTo(Command command)
    {
        command.Options.Add(NoHistory);
        command.Options.Add(Locale);
        command.Options.Add(Rule);
        command.Options.Add(FailOn);
    }

    /// <summary>Service changes the options ask for (today: history off), for <see cref="HostFactory.Build"/>.</summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? Configure(ParseResult parse) =>
        parse.GetValue(NoHistory)
            ? services => Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions.PostConfigure<ReviewI18n.Configuration.PipelineOptions>(services, o => o.History = "off")
            : null;

    public Func<Diagnostic, bool> Filter(ParseResult parse)
    {
        var locales = parse.GetValue(Locale) ?? [];
        var rules = parse.GetValue(Rule) ?? [];
        foreach (var rule in rules)
        {
            if (Rules.Find(rule) is null) throw new UsageException($"--rule: unknown rule '{rule}'");
        }
        return d => (locales.Length == 0 || (d.Locale is { } l && locales.Contains(l)))
                    && (rules.Length == 0 || rules.Contains(d.Rule.Name));
    }
}
