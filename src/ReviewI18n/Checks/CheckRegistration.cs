using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ReviewI18n.Checks;

/// <summary>Registers every concrete check of this assembly with the container.</summary>
public static class CheckRegistration
{
    /// <summary>Finds the checks by reflection over this assembly: the native build (publish profile <c>native-linux-x64</c>) roots the assembly, so no check or constructor is trimmed away.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The native build roots this assembly (TrimmerRootAssembly in ReviewI18n.Cli.csproj).")]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "The native build roots this assembly (TrimmerRootAssembly in ReviewI18n.Cli.csproj).")]
    public static IServiceCollection AddChecks(this IServiceCollection services)
    {
        var types = typeof(ICheck).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICheck).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in types)
        {
            foreach (var contract in new[] { typeof(IDocumentCheck), typeof(IPairCheck), typeof(ISiteCheck) })
            {
                if (contract.IsAssignableFrom(type))
                {
                    services.TryAddEnumerable(ServiceDescriptor.Singleton(contract, type));
                }
            }
        }
        services.TryAddSingleton<CheckRunner>();
        return services;
    }
}
