using System.CommandLine;
using ReviewI18n.Diagnostics;

namespace ReviewI18n.Cli.Commands;

/// <summary>The options that narrow findings and set the failure level, shared by <c>check</c> and <c>run</c>.</summary>
public sealed class FindingOptions
{
    public Option<string[]> Locale { get; } = new("--locale") { Description = "Only findings for these locales", AllowMultipleArgumentsPerToken = true };

    public Option<string[]> Rule { get; } = new("--rule") { Description = "Only findings of these rules", AllowMultipleArgumentsPerToken = true };

    public Option<FailLevel> FailOn { get; } = new("--fail-on") { Description = "Exit 1 when a finding is at or above this severity", DefaultValueFactory = _ => FailLevel.Error };

    public void AddTo(Command command)
    {
        command.Options.Add(Locale);
        command.Options.Add(Rule);
        command.Options.Add(FailOn);
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
