using System.Reflection;
using FluentValidation;
using InterimExchange.BuildingBlocks.Email;
using InterimExchange.BuildingBlocks.Messaging;
using InterimExchange.BuildingBlocks.Outbox;
using InterimExchange.BuildingBlocks.Persistence;
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
    /// <summary>
    /// Adds the clock, settings, database preparation, email, the bus, and each module with its consumers and validators.
    /// Database preparation is the first hosted service, so that migrations run before anything reads a table.
    /// </summary>
    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration, params IModule[] modules)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<SiteOptions>(configuration.GetSection(SiteOptions.Section));
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.Configure<DemoDataOptions>(configuration.GetSection(DemoDataOptions.Section));
        services.AddHostedService<DatabasePreparation>();
        services.Configure<OutboxOptions>(configuration.GetSection("Outbox"));
        services.AddEmail(configuration);

        var assemblies = modules.Select(m => m.GetType().Assembly).Distinct().ToArray();
        foreach (var module in modules)
        {
            module.Register(services, configuration);
        }

        // Without a licence key AutoMapper logs a warning and works; production sets AutoMapper:LicenseKey.
        services.AddAutoMapper(mapper => mapper.LicenseKey = configuration["AutoMapper:LicenseKey"], assemblies);
        services.AddValidatorsFromAssemblies(assemblies, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddMessaging(configuration, assemblies);
        return services;
    }
}
