using System.Reflection;
using FluentValidation;
using InterimExchange.BuildingBlocks.Changes;
using InterimExchange.BuildingBlocks.Email;
using InterimExchange.BuildingBlocks.Messaging;
using InterimExchange.BuildingBlocks.Outbox;
using InterimExchange.BuildingBlocks.Persistence;
using InterimExchange.BuildingBlocks.Scheduling;
using InterimExchange.BuildingBlocks.UseCases;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InterimExchange.BuildingBlocks;

/// <summary>A module's registration: its services, and the assembly holding its consumers and validators.</summary>
public interface IModule
{
    void Register(IServiceCollection services, IConfiguration configuration);
}

/// <summary>
/// A module with its own database (SQLite file or SQL Server schema, its outbox and inbox), which <paramref name="addDatabase"/>
/// registers. A module overrides <see cref="Register"/> only to add what is its own; the rest is registered by convention.
/// </summary>
public abstract class DatabaseModule(Action<IServiceCollection> addDatabase) : IModule
{
    public virtual void Register(IServiceCollection services, IConfiguration configuration) => addDatabase(services);
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
        services.AddScheduledWork(typeof(DatabaseStatistics));
        services.Configure<OutboxOptions>(configuration.GetSection("Outbox"));
        services.AddEmail(configuration);
        services.AddScoped(typeof(Changes<>));

        var assemblies = modules.Select(m => m.GetType().Assembly).Distinct().ToArray();
        foreach (var module in modules)
        {
            module.Register(services, configuration);
        }

        AddByConvention(services, assemblies);

        // Without a licence key AutoMapper logs a warning and works; production sets AutoMapper:LicenseKey.
        services.AddAutoMapper(mapper => mapper.LicenseKey = configuration["AutoMapper:LicenseKey"], assemblies);
        services.AddValidatorsFromAssemblies(assemblies, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddMessaging(configuration, assemblies);
        return services;
    }

    /// <summary>
    /// What every module has, registered by convention so that a module registers only what is its own: each use case's
    /// handler (a class named <c>*Handler</c>, and as the <see cref="ICommandHandler{TCommand}"/> or <see cref="IQueryHandler{TQuery, TView}"/>
    /// it is), each module's entry or facade (a class implementing an interface of a <c>.Contracts</c>
    /// assembly), its demo data, its scale data, and its scheduled work.
    /// </summary>
    private static void AddByConvention(IServiceCollection services, IEnumerable<Assembly> assemblies)
    {
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            if (type.Name.EndsWith("Handler", StringComparison.Ordinal))
            {
                services.TryAddScoped(type);
            }

            foreach (var handles in type.GetInterfaces().Where(i => i.IsGenericType
                && (i.GetGenericTypeDefinition() == typeof(ICommandHandler<>) || i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>))))
            {
                services.TryAddScoped(handles, type);
            }

            foreach (var contract in type.GetInterfaces().Where(i => i.Assembly.GetName().Name!.EndsWith(".Contracts", StringComparison.Ordinal)))
            {
                services.TryAddScoped(contract, type);
            }

            if (typeof(IDemoData).IsAssignableFrom(type))
            {
                services.AddScoped(typeof(IDemoData), type);
            }

            if (typeof(IScaleData).IsAssignableFrom(type))
            {
                services.AddScoped(typeof(IScaleData), type);
            }

            if (typeof(IScheduledWork).IsAssignableFrom(type))
            {
                services.AddScheduledWork(type);
            }
        }
    }
}
