using System.Reflection;
using FluentValidation;
using InterimExchange.BuildingBlocks.Email;
using InterimExchange.BuildingBlocks.Messaging;
using InterimExchange.BuildingBlocks.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InterimExchange.BuildingBlocks;

/// <summary>A module's registration: its services, and the assembly holding its consumers and validators.</summary>
public interface IModule
{
    void Register(IServiceCollection services, IConfiguration configuration);
}

public static class BuildingBlocksRegistration
{
    /// <summary>Adds the clock, email, the bus, the outbox settings, and each module with its consumers and validators.</summary>
    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration, params IModule[] modules)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<OutboxOptions>(configuration.GetSection("Outbox"));
        services.AddEmail(configuration);

        var assemblies = modules.Select(m => m.GetType().Assembly).Distinct().ToArray();
        foreach (var module in modules)
        {
            module.Register(services, configuration);
        }

        services.AddValidatorsFromAssemblies(assemblies, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddMessaging(configuration, assemblies);
        return services;
    }
}
