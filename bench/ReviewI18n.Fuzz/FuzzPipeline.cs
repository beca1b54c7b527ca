using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewI18n.Checks;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.Encodings;
using ReviewI18n.IO;
using ReviewI18n.Pairing;
using ReviewI18n.Sync;

namespace ReviewI18n.Fuzz;

/// <summary>
/// The whole pipeline in-process over one site folder, built once and run per case: load, pair,
/// every check, the sync plan and its writes, the fix-encoding plan and its writes.
/// </summary>
public sealed class FuzzPipeline : IDisposable
{
    private readonly ServiceProvider _services;

    public FuzzPipeline(string configPath)
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(configPath, optional: false, reloadOnChange: false).Build();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Hosting.ServiceCollectionExtensions.AddReviewI18n(services, configuration, configPath);
        _services = services.BuildServiceProvider();
    }

    /// <summary>Runs every stage once; returns how many findings and writes it made (so nothing is optimised away).</summary>
    public int Run()
    {
        var config = _services.GetRequiredService<PipelineConfig>();
        var loaded = _services.GetRequiredService<ContentLoader>().Load();
        var site = Pairer.Pair(config, loaded.Documents);
        var checks = _services.GetRequiredService<CheckRunner>();
        var analysis = _services.GetRequiredService<ReviewI18n.Analysis.Analyzer>().Analyze(site, checks.Reads);
        var findings = checks.Run(analysis, loaded.Problems).Count;

        var engine = _services.GetRequiredService<SyncEngine>();
        var baseline = engine.Planner.StoredBaseline;
        var plan = engine.Planner.Plan(site, baseline, SyncScope.All);
        var outcome = engine.Write(plan, engine.Prepare(plan), baseline, CancellationToken.None);

        var analyzer = _services.GetRequiredService<EncodingAnalyzer>();
        var repaired = 0;
        foreach (var doc in loaded.Documents)
        {
            if (EncodingRepairPlanner.Plan(doc, analyzer.Analyze(doc), analyzer.ScriptsOf(doc.Locale)) is not { } repair) continue;
            if (doc.FrontMatterProblem is not null || !File.Exists(doc.FullPath)) continue;
            AtomicFile.WriteAllBytes(doc.FullPath, repair.NewBytes);
            repaired++;
        }
        return findings + outcome.Written + repaired;
    }

    public void Dispose() => _services.Dispose();
}
