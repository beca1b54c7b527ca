using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.IO;
using ReviewI18n.Pairing;
using ReviewI18n.Scaffold;

namespace ReviewI18n.Cli.Commands;

/// <summary><c>scaffold --locale ja [--ref R]</c>: starts each missing translation (see <see cref="Scaffolder"/>).</summary>
public sealed class ScaffoldCommand : ICliCommand
{
    private readonly WorkSelection _work = new();

    private readonly Option<string[]> _ref = new("--ref") { Description = "Only these refs", AllowMultipleArgumentsPerToken = true };

    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "List the files it would write; write nothing" };

    public Command Build()
    {
        var command = new Command("scaffold", "Start every missing translation of one locale: shared fields, target headings, scores.");
        command.Options.Add(_work.Locale);
        command.Options.Add(_ref);
        command.Options.Add(_dryRun);
        return command;
    }

    public Task<ExitCode> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var parse = context.Parse;
        using var host = HostFactory.Build(context.Console, context.Global);
        var services = host.Services;
        var config = services.GetRequiredService<PipelineConfig>();
        var locale = _work.LocaleOf(parse, config);
        var site = Pairer.Pair(config, services.GetRequiredService<ContentLoader>().Load(cancellationToken).Documents);
        var files = services.GetRequiredService<Scaffolder>().Plan(site, locale, parse.GetValue(_ref) ?? []);
        var dryRun = parse.GetValue(_dryRun);
        foreach (var file in files)
        {
            if (!dryRun)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(file.FullPath)!);
                AtomicFile.WriteAllBytes(file.FullPath, new System.Text.UTF8Encoding(false).GetBytes(file.Text));
            }
            context.Console.Out.WriteLine($"{(dryRun ? "would write" : "wrote")} {file.RelativePath} (from {file.Source.RelativePath})");
        }
        if (!context.Global.Quiet) context.Console.Error.WriteLine($"review-i18n: {files.Count} translation{(files.Count == 1 ? "" : "s")} {(dryRun ? "to start" : "started")}; 'review-i18n check' now lists their sections as untranslated.");
        return Task.FromResult(ExitCode.Success);
    }
}
