using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.Persistence;
using InterimExchange.BuildingBlocks.Results;
using InterimExchange.FirmNetwork.Contracts;
using InterimExchange.FirmNetwork.Data;
using InterimExchange.FirmNetwork.Features;
using InterimExchange.FirmNetwork.Features.Apply;
using InterimExchange.FirmNetwork.Features.DemoData;
using InterimExchange.FirmNetwork.Features.Expiry;
using InterimExchange.FirmNetwork.Features.Profile;
using InterimExchange.FirmNetwork.Features.Vetting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.FirmNetwork;

/// <summary>Specialist firms: their applications, profiles, vetting, suspension and expiry.</summary>
public sealed class FirmNetworkModule : IModule
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<FirmNetworkDbContext, SqliteFirmNetworkDbContext, SqlServerFirmNetworkDbContext>(FirmNetworkDbContext.Module);
        services.AddScoped<FirmChanges>();
        services.AddScoped<ApplyHandler>();
        services.AddScoped<FirmProfileHandler>();
        services.AddScoped<IVetting, VettingHandler>();
        services.AddScoped<IFirmNetwork, FirmNetworkFacade>();
        services.AddScoped<ExpiryCheck>();
        services.AddHostedService<ExpiryWatch>();
        services.AddScoped<IDemoData, FirmNetworkDemoData>();
    }
}

internal sealed class FirmNetworkFacade(ApplyHandler apply, FirmProfileHandler profiles) : IFirmNetwork
{
    public Task<Result> ApplyAsync(FirmApplication application, CancellationToken cancellationToken) => apply.ApplyAsync(application, cancellationToken);

    public Task<FirmView?> GetAsync(Guid firmId, CancellationToken cancellationToken) => profiles.GetAsync(firmId, cancellationToken);

    public Task<Result> AnswerInformationRequestAsync(Guid firmId, string actor, string answer, CancellationToken cancellationToken) =>
        profiles.AnswerAsync(firmId, actor, answer, cancellationToken);

    public Task<Result> UpdateProfileAsync(Guid firmId, string actor, FirmProfileInput profile, CancellationToken cancellationToken) =>
        profiles.UpdateAsync(firmId, actor, profile, cancellationToken);

    public Task<Result> RequestRevettingAsync(Guid firmId, string actor, CancellationToken cancellationToken) =>
        profiles.RequestRevettingAsync(firmId, actor, cancellationToken);
}
