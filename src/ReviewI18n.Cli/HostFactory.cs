using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.Hosting;

namespace ReviewI18n.Cli;

/// <summary>
/// Builds the Generic Host for one command: finds pipeline.json, checks its shape, binds and
/// validates it, and registers the pipeline's stages. Starts empty (no appsettings, no
/// environment providers) because start-up time is part of every CI run.
/// </summary>
public static class HostFactory
{
    public static IHost Build(CliConsole console, GlobalSettings global, Action<IServiceCollection>? configure = null)
    {
        // The idle core compiles and fills what reading the site needs while the host is built.
        _ = Task.Run(ReviewI18n.Hosting.Warmup.Run);
        var configPath = ResolveConfigPath(console, global.ConfigPath);
        ConfigFile.CheckShape(configPath);

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = Path.GetDirectoryName(configPath),
            DisableDefaults = true,
        });
        builder.Configuration.AddJsonFile(configPath, optional: false, reloadOnChange: false);
        builder.Logging.ClearProviders();
        var level = global.Verbose ? LogLevel.Debug : global.Quiet ? LogLevel.Error : LogLevel.Warning;
        builder.Logging.SetMinimumLevel(level);
        builder.Logging.AddProvider(new TextWriterLoggerProvider(console.Error, level));
        builder.Services.AddSingleton(console);
        // A CLI run is short: the GC may pause from loading to exit (see LoadTuning). A watch
        // replaces this with the default.
        builder.Services.AddSingleton(new ReviewI18n.Content.LoadTuning(PauseCollections: true, UntilExit: true));
        // Progress only where a person watches: stderr is a terminal.
        builder.Services.AddSingleton<ReviewI18n.Progress.IStageProgress>(console.ErrorIsTerminal && !global.Quiet
            ? new TerminalProgress(console.Error)
            : ReviewI18n.Progress.NoProgress.Instance);
        builder.Services.AddReviewI18n(builder.Configuration, configPath);
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        try
        {
            // Validate now, so a bad config is exit 2 before any work starts.
            _ = host.Services.GetRequiredService<IOptions<PipelineOptions>>().Value;
        }
        catch (OptionsValidationException ex)
        {
            host.Dispose();
            throw new ConfigurationException(configPath, string.Join("; ", ex.Failures));
        }
        return host;
    }

    private static string ResolveConfigPath(CliConsole console, string? given)
    {
        if (given is not null)
        {
            var full = Path.GetFullPath(Path.Combine(console.CurrentDirectory, given));
            if (Directory.Exists(full)) full = Path.Combine(full, ConfigFile.DefaultName);
            if (!File.Exists(full)) throw new ConfigurationException(given, "no such file (given with --config)");
            return full;
        }
        return ConfigFile.Find(console.CurrentDirectory)
            ?? throw new ConfigurationException(ConfigFile.DefaultName,
                $"not found in {console.CurrentDirectory} or its parents; write one (see README) or pass --config");
    }
}
