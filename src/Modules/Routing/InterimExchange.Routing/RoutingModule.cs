using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.Persistence;
using InterimExchange.Routing.Features.DemoData;
using InterimExchange.Routing.Contracts;
using InterimExchange.Routing.Data;
using InterimExchange.Routing.Features.Exclusions;
using InterimExchange.Routing.Features.Recommend;
using InterimExchange.Routing.Features.Routings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Routing;

/// <summary>Routing's own view of the firm network and of confirmed briefs, and the recommendation of firms for a brief.</summary>
public sealed class RoutingModule : IModule
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<RoutingDbContext, SqliteRoutingDbContext, SqlServerRoutingDbContext>(RoutingDbContext.Module);
        services.AddScoped<RecommendHandler>();
        services.AddScoped<RouteBriefHandler>();
        services.AddScoped<ExclusionsHandler>();
        services.AddScoped<IRouting, RoutingFacade>();
        services.AddScoped<IDemoData, RoutingDemoData>();
    }
}
