using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ReviewI18n.Diagnostics;

namespace ReviewI18n.Cli.Commands;

/// <summary>The options that narrow findings and set the failure level, shared by <c>check</c> and <c>run</c>; history and the caches also by the commands that read the site (pending, report, export).</summary>
public sealed class FindingOptions
{
    public Option<string[]> Locale { get; } = new("--locale") { Description = "Only findings for these locales", AllowMultipleArgumentsPerToken = true };

    public Option<string[]> Rule { get; } = new("--rule") { Description = "Only findings of these rules", AllowMultipleArgumentsPerToken = true };

    public Option<FailLevel> FailOn { get; } = new("--fail-on") { Description = "Exit 1 when a finding is at or above this severity", DefaultValueFactory = _ => FailLevel.Error };

    public Option<bool> NoHistory { get; } = new("--no-history") { Description = "Do not read git history for drift (the baseline store only)" };

    /// <summary>Added by each command that uses the caches (check, run, pending, report, export); see <see cref="UseCaches"/>.</summary>
    public Option<bool> NoCache { get; } = new("--no-cache") { Description = "Check everything again instead of reusing the findings of the last check when nothing changed, and read drift baselines from git again" };

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
            ? services => services.PostConfigure<ReviewI18n.Configuration.PipelineOptions>(o => o.History = "off")
            : null;

    /// <summary>
    /// Whether the run may reuse what earlier runs kept: not with <see cref="NoCache"/>, which also
    /// turns the drift cache off, so every baseline is read from git again.
    /// </summary>
    public bool UseCaches(Microsoft.Extensions.Hosting.IHost host, ParseResult parse)
    {
        var use = !parse.GetValue(NoCache);
        host.Services.GetRequiredService<ReviewI18n.Cache.DriftBaselineCache>().Enabled = use;
        return use;
    }

    /// <summary>Loads, analyses and checks the whole site, taking the findings from the findings cache when nothing changed, unless <see cref="NoCache"/> is given.</summary>
    public PipelineResult CheckWholeSite(Microsoft.Extensions.Hosting.IHost host, ParseResult parse, CancellationToken cancellationToken)
    {
        var pipeline = host.Services.GetRequiredService<ReviewPipeline>();
        return UseCaches(host, parse)
            ? pipeline.CheckWholeSite(host.Services.GetRequiredService<ReviewI18n.Cache.FindingCache>(), cancellationToken)
            : pipeline.CheckWholeSite(cancellationToken);
    }

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
