using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReviewI18n.Checks;
using ReviewI18n.Configuration;
using ReviewI18n.Content;
using ReviewI18n.Facts;
using ReviewI18n.Glossary;
using ReviewI18n.Sections;
using ReviewI18n.Encodings;

namespace ReviewI18n.Hosting;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the pipeline's stages and binds pipeline.json (already added to
    /// <paramref name="configuration"/>) with validation at start-up.
    /// </summary>
    public static IServiceCollection AddReviewI18n(this IServiceCollection services, IConfiguration configuration, string configPath)
    {
        services.AddOptions<PipelineOptions>().Bind(configuration).PostConfigure(o => KeepEmptyLists(o, configuration)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PipelineOptions>, PipelineOptionsValidator>());
        services.TryAddSingleton(sp => PipelineConfig.From(sp.GetRequiredService<IOptions<PipelineOptions>>().Value, configPath));
        services.TryAddSingleton<ContentLoader>();
        services.TryAddSingleton<ReviewPipeline>();
        services.TryAddSingleton<WholeRun>();
        services.TryAddSingleton(sp => Glossary.SanctionedValues.Load(sp.GetRequiredService<PipelineConfig>().GlossaryPath));
        services.TryAddSingleton(sp => Glossary.SourceGlossary.Load(sp.GetRequiredService<PipelineConfig>().GlossaryPath));
        services.TryAddSingleton<Baselines.BaselineStore>();
        services.TryAddSingleton<Baselines.BaselineSnapshot>();
        services.TryAddSingleton<Baselines.DriftBaselineProvider>();
        services.TryAddSingleton<Sync.SyncPlanner>();
        services.TryAddSingleton<Sync.SyncEngine>();
        services.TryAddSingleton(sp => GlossaryLoader.Load(sp.GetRequiredService<PipelineConfig>()));
        services.TryAddSingleton<SectionKeyResolver>();
        services.TryAddSingleton<SectionAligner>();
        services.TryAddSingleton<LanguageJudge>();
        services.TryAddSingleton<Analysis.Analyzer>();
        services.TryAddSingleton<EncodingAnalyzer>();
        services.TryAddSingleton<Reports.CoverageCalculator>();
        services.TryAddSingleton<Reports.WorklistBuilder>();
        services.TryAddSingleton<Xliff.ExportPlanner>();
        services.TryAddSingleton<Xliff.XliffImporter>();
        services.TryAddSingleton<Baselines.SectionAcceptance>();
        services.TryAddSingleton<Scaffold.Scaffolder>();
        services.TryAddSingleton<Cache.FindingCache>();
        services.TryAddSingleton<Cache.DriftBaselineCache>();
        services.AddChecks();
        return services;
    }

    /// <summary>
    /// The JSON provider turns <c>[]</c> into an empty value that the binder skips, which would
    /// bring back the defaults; an explicit empty list must stay empty.
    /// </summary>
    private static void KeepEmptyLists(PipelineOptions options, IConfiguration configuration)
    {
        static bool IsEmptyList(IConfiguration c, string key) =>
            c.GetSection(key) is { Value: "" } s && !s.GetChildren().Any();

        if (IsEmptyList(configuration, "locales")) options.Locales = [];
        if (IsEmptyList(configuration, "collections")) options.Collections = [];
        if (IsEmptyList(configuration, "frontMatter:shared")) (options.FrontMatter ??= new()).Shared = [];
        if (IsEmptyList(configuration, "frontMatter:localized")) (options.FrontMatter ??= new()).Localized = [];
        if (IsEmptyList(configuration, "frontMatter:required")) (options.FrontMatter ??= new()).Required = [];
    }
}
