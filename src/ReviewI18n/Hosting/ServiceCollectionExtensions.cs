using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ReviewI18n.Checks;
using ReviewI18n.Configuration;
using ReviewI18n.Content;

namespace ReviewI18n.Hosting;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the pipeline's stages and binds pipeline.json (already added to
    /// <paramref name="configuration"/>) with validation at start-up.
    /// </summary>
    public static IServiceCollection AddReviewI18n(this IServiceCollection services, IConfiguration configuration, string configPath)
    {
        services.AddOptions<PipelineOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PipelineOptions>, PipelineOptionsValidator>());
        services.TryAddSingleton(sp => PipelineConfig.From(sp.GetRequiredService<IOptions<PipelineOptions>>().Value, configPath));
        services.TryAddSingleton<ContentLoader>();
        services.TryAddSingleton<ReviewPipeline>();
        services.AddChecks();
        return services;
    }
}
