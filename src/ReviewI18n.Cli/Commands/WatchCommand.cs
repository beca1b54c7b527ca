using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReviewI18n.Cli.Watch;

namespace ReviewI18n.Cli.Commands;

/// <summary>
/// <c>watch</c>: stays running, re-checks what changed and prints how the pending counts move.
/// The Generic Host runs <see cref="WatchService"/>; a changed pipeline.json or glossary builds a
/// new host with the new configuration.
/// </summary>
public sealed class WatchCommand : ICliCommand
{
    private readonly FindingOptions _findings = new();

    private readonly Option<int> _debounce = new("--debounce") { Description = "Milliseconds of quiet before a change is checked", DefaultValueFactory = _ => 100 };

    /// <summary>Tests observe the running service through this hook.</summary>
    internal static Action<WatchService>? Started { get; set; }

    public Command Build()
    {
        var command = new Command("watch", "Stay running, re-check what changes and show the pending counts as they move.");
        command.Options.Add(_debounce);
        command.Options.Add(_findings.NoHistory);
        return command;
    }

    public async Task<ExitCode> ExecuteAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var settings = new WatchSettings(TimeSpan.FromMilliseconds(Math.Max(context.Parse.GetValue(_debounce), 0)));
        while (!cancellationToken.IsCancellationRequested)
        {
            var configure = _findings.Configure(context.Parse);
            using var host = HostFactory.Build(context.Console, context.Global, services =>
            {
                configure?.Invoke(services);
                // A watch lives long: its collections run as usual.
                services.AddSingleton(ReviewI18n.Content.LoadTuning.Default);
                services.AddSingleton(settings);
                services.AddSingleton<WatchService>();
                services.AddHostedService(sp => sp.GetRequiredService<WatchService>());
                // The history of a watch is the state when it started; drift from git is read once.
            });
            var service = host.Services.GetRequiredService<WatchService>();
            Started?.Invoke(service);
            await host.StartAsync(cancellationToken);
            try
            {
                await (service.ExecuteTask ?? Task.CompletedTask).WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }
            await host.StopAsync(CancellationToken.None);
            if (service.Outcome != WatchOutcome.ConfigurationChanged) break;
        }
        return ExitCode.Success;
    }
}
