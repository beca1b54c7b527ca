using System.CommandLine;
using ReviewI18n.Configuration;
using ReviewI18n.Glossary;
using ReviewI18n.Init;
using ReviewI18n.IO;

namespace ReviewI18n.Cli.Commands;

/// <summary>
/// <c>init</c>: writes a pipeline.json and a heading glossary for an existing site, from its
/// layout and its pairs. Needs no configuration; never overwrites without <c>--force</c>.
/// </summary>
public sealed class InitCommand : ICliCommand
{
    private readonly Argument<string?> _folder = new("folder") { Description = "The site's root folder (default: the current folder)", Arity = ArgumentArity.ZeroOrOne };
    private readonly Option<bool> _force = new("--force") { Description = "Overwrite an existing pipeline.json, glossary/headings.yml and glossary/values.yml" };
    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "Print what would be written; write nothing" };

    public Command Build()
    {
        var command = new Command("init", "Write a pipeline.json and a heading glossary for an existing site, detecting its layout.");
        command.Arguments.Add(_folder);
        command.Options.Add(_force);
        command.Options.Add(_dryRun);
        return command;
    }

    public Task<ExitCode> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var console = context.Console;
        var root = Path.GetFullPath(Path.Combine(console.CurrentDirectory, context.Parse.GetValue(_folder) ?? "."));
        if (!Directory.Exists(root)) throw new UsageException($"init: no folder {root}");
        var configPath = Path.Combine(root, ConfigFile.DefaultName);
        var headingsPath = Path.Combine(root, "glossary", GlossaryLoader.HeadingsFile);
        var force = context.Parse.GetValue(_force);
        var dryRun = context.Parse.GetValue(_dryRun);
        if (!force && !dryRun && File.Exists(configPath))
        {
            throw new UsageException($"init: {configPath} exists; pass --force to replace it, or --dry-run to see the proposal");
        }

        if (SiteInitializer.Propose(root, out var problem) is not { } proposal)
        {
            console.Error.WriteLine($"review-i18n: init: {problem}");
            return Task.FromResult(ExitCode.UsageError);
        }
        if (dryRun)
        {
            console.Out.Write(proposal.PipelineJson);
            console.Out.WriteLine("--- glossary/headings.yml");
            console.Out.Write(proposal.HeadingsYaml);
            if (proposal.ValuesYaml is { } values)
            {
                console.Out.WriteLine($"--- glossary/{Glossary.SanctionedValues.FileName}");
                console.Out.Write(values);
            }
            if (proposal.SourcesYaml is { } sources)
            {
                console.Out.WriteLine($"--- glossary/{Glossary.SourceGlossary.FileName}");
                console.Out.Write(sources);
            }
            return Task.FromResult(ExitCode.Success);
        }
        AtomicFile.WriteAllBytes(configPath, System.Text.Encoding.UTF8.GetBytes(proposal.PipelineJson));
        var wroteHeadings = force || !File.Exists(headingsPath);
        if (wroteHeadings)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(headingsPath)!);
            AtomicFile.WriteAllBytes(headingsPath, System.Text.Encoding.UTF8.GetBytes(proposal.HeadingsYaml));
        }
        var valuesPath = Path.Combine(root, "glossary", Glossary.SanctionedValues.FileName);
        var wroteValues = proposal.ValuesYaml is not null && (force || !File.Exists(valuesPath));
        if (wroteValues)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(valuesPath)!);
            AtomicFile.WriteAllBytes(valuesPath, System.Text.Encoding.UTF8.GetBytes(proposal.ValuesYaml!));
        }
        var sourcesPath = Path.Combine(root, "glossary", Glossary.SourceGlossary.FileName);
        var wroteSources = proposal.SourcesYaml is not null && (force || !File.Exists(sourcesPath));
        if (wroteSources)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(sourcesPath)!);
            AtomicFile.WriteAllBytes(sourcesPath, System.Text.Encoding.UTF8.GetBytes(proposal.SourcesYaml!));
        }
        if (!context.Global.Quiet)
        {
            console.Out.WriteLine($"Found {proposal.Documents} documents in {proposal.Collections.Count} collections ({string.Join(", ", proposal.Collections.Select(c => c.Name))}), locales {string.Join(", ", proposal.Locales)}, {proposal.Pairs} pairs.");
            var glossaryFiles = (wroteHeadings ? ", glossary/headings.yml" : " (glossary/headings.yml exists: kept)") + (wroteValues ? $", glossary/{Glossary.SanctionedValues.FileName}" : "")
                + (wroteSources ? $", glossary/{Glossary.SourceGlossary.FileName}" : "");
            console.Out.WriteLine($"Wrote {ConfigFile.DefaultName}{glossaryFiles}. Review them, then run 'review-i18n check'.");
        }
        return Task.FromResult(ExitCode.Success);
    }
}
