using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ReviewI18n.Checks;

/// <summary>Registers every concrete check of this assembly with the container.</summary>
public static class CheckRegistration
{
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
