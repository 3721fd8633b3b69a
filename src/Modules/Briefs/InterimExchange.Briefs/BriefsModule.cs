using InterimExchange.Briefs.Contracts;
using InterimExchange.Briefs.Data;
using InterimExchange.Briefs.Features;
using InterimExchange.Briefs.Features.ClientBriefing;
using InterimExchange.Briefs.Features.ClientCompanies;
using InterimExchange.Briefs.Features.DemoData;
using InterimExchange.Briefs.Features.DraftBrief;
using InterimExchange.Briefs.Features.FirmView;
using InterimExchange.Briefs.Features.BriefingInvitations;
using InterimExchange.Briefs.Features.ListBriefs;
using InterimExchange.Briefs.Features.ReviewBrief;
using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Briefs;

/// <summary>Client companies, briefs and their lifecycle, and the client executive's structured briefing.</summary>
public sealed class BriefsModule : IModule
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<BriefsDbContext, SqliteBriefsDbContext, SqlServerBriefsDbContext>(BriefsDbContext.Module);
        services.AddScoped<BriefChanges>();
        services.AddScoped<ClientCompaniesHandler>();
        services.AddScoped<ListBriefsHandler>();
        services.AddScoped<DraftBriefHandler>();
        services.AddScoped<InviteExecutiveHandler>();
        services.AddScoped<ReviewBriefHandler>();
        services.AddScoped<ClientBriefingHandler>();
        services.AddScoped<IBriefs, BriefsFacade>();
        services.AddScoped<IClientBriefings, ClientBriefingsFacade>();
        services.AddScoped<IBriefsForFirms, FirmViewHandler>();
        services.AddScoped<IDemoData, BriefsDemoData>();
    }
}
