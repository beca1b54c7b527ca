using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using ReviewI18n.Checks;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.Output;
using ReviewI18n.Watch;

namespace ReviewI18n.Cli.Watch;

/// <summary>What a watch run ended with: keep going, or reload because the configuration changed.</summary>
public enum WatchOutcome
{
    Stopped,
    ConfigurationChanged,
}

/// <summary>
/// <c>watch</c> as a hosted background service: loads the site once, then watches the content
/// folders, the glossary and pipeline.json. File events are debounced (an editor's save in three
/// steps is one change), the touched files are re-read through a retry pipeline (a file briefly
/// locked or missing while an editor writes it is retried, never fatal), only the pairs they
/// touch are re-checked, and the moved pending counts are printed. A configuration change ends
/// the run with <see cref="WatchOutcome.ConfigurationChanged"/> so the command reloads it.
/// </summary>
public sealed class WatchService(PipelineConfig config, ReviewI18n.Analysis.Analyzer analyzer, CheckRunner checks, ContentLoader loader, CliConsole console,
    WatchSettings settings, ILogger<WatchService> logger) : BackgroundService
{
    private readonly Channel<string> _events = Channel.CreateUnbounded<string>();

    public WatchOutcome Outcome { get; private set; } = WatchOutcome.Stopped;

    /// <summary>Set once the first full check is done and the watchers run (tests wait on it).</summary>
    public TaskCompletionSource Ready { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static readonly ResiliencePipeline<byte[]?> Reader = RetryingReader();

    /// <summary>Reads a changed file again, up to five times, while an editor still holds it.</summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050",
        Justification = "Polly validates the options with DataAnnotations, which lists the values of its own enums; the native build does that as the JIT build does (NativeBuildTests runs watch).")]
    private static ResiliencePipeline<byte[]?> RetryingReader() => new ResiliencePipelineBuilder<byte[]?>()
        .AddRetry(new RetryStrategyOptions<byte[]?>
        {
            ShouldHandle = new PredicateBuilder<byte[]?>().Handle<IOException>().Handle<UnauthorizedAccessException>(),
            MaxRetryAttempts = 5,
            Delay = TimeSpan.FromMilliseconds(20),
            BackoffType = DelayBackoffType.Exponential,
        })
        .Build();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var session = new WatchSession(config, analyzer, checks, loader);
        session.Start(stoppingToken);
        // Watching before saying so: an edit made once the line is shown is seen.
        using var watchers = new WatcherSet(config, path => _events.Writer.TryWrite(path));
        console.Out.WriteLine($"Watching {session.Site.Documents.Count} documents, {session.Site.Pairs.Count} pairs: {session.Findings.Count} findings. Ctrl+C stops.");
        await console.Out.FlushAsync(stoppingToken);
        Ready.TrySetResult();
        var configFiles = new[] { config.ConfigPath, config.GlossaryPath };
        while (!stoppingToken.IsCancellationRequested)
        {
            string first;
            try
            {
                first = await _events.Reader.ReadAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            // Debounce: gather what arrives until the folder has been quiet for a moment.
            var batch = new HashSet<string>(StringComparer.Ordinal) { first };
            while (true)
            {
                using var quiet = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                quiet.CancelAfter(settings.Debounce);
                try
                {
                    batch.Add(await _events.Reader.ReadAsync(quiet.Token));
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    break;
                }
            }
            if (batch.Any(p => configFiles.Any(c => p.StartsWith(c, StringComparison.Ordinal))))
            {
                console.Out.WriteLine("Configuration or glossary changed: reloading.");
                Outcome = WatchOutcome.ConfigurationChanged;
                break;
            }
            try
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                var changes = session.Apply(batch, ReadWithRetry, stoppingToken);
                foreach (var change in changes) console.Out.WriteLine(TerminalText.Clean(change.ToString()));
                logger.LogInformation("Re-checked {Count} changed files in {Elapsed:F0} ms", batch.Count, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                logger.LogDebug("Re-check: {Timings}", session.LastTimings);
                await console.Out.FlushAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad change never stops the watch.
                logger.LogError("Could not re-check {Files}: {Message}", string.Join(", ", batch.Select(config.Relative)), ex.Message);
            }
        }
    }

    private static byte[]? ReadWithRetry(string path) =>
        Reader.Execute(static p => File.Exists(p) ? File.ReadAllBytes(p) : null, path);
}

/// <summary>Timing of a watch (tests shorten it).</summary>
public sealed record WatchSettings(TimeSpan Debounce);
