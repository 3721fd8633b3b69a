using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.Persistence;
using InterimExchange.Proposals.Features.DemoData;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Proposals.Data;
using InterimExchange.Proposals.Features.Evaluation;
using InterimExchange.Proposals.Features.Inbox;
using InterimExchange.Proposals.Features.Proposals;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Proposals;

/// <summary>The firm side of the marketplace: the inbox of routed briefs, the firms' answers and proposals, and their value-first evaluation.</summary>
public sealed class ProposalsModule : IModule
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<ProposalsDbContext, SqliteProposalsDbContext, SqlServerProposalsDbContext>(ProposalsDbContext.Module);
        services.AddScoped<IFirmInbox, FirmInboxHandler>();
        services.AddScoped<IProposals, ProposalsHandler>();
        services.AddScoped<IEvaluation, EvaluationHandler>();
        services.AddScoped<IDemoData, ProposalsDemoData>();
    }
}
