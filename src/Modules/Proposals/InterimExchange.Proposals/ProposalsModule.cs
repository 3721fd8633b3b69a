using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.Persistence;
using InterimExchange.Proposals.Features.DemoData;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Proposals.Data;
using InterimExchange.Proposals.Features.Evaluation;
using InterimExchange.Proposals.Features.Inbox;
using InterimExchange.Proposals.Features.Outcomes;
using InterimExchange.Proposals.Features.Proposals;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Proposals;

/// <summary>The firm side of the marketplace: the inbox of routed briefs, the firms' answers and proposals, their value-first evaluation, and the outcome every firm is owed by a promised date.</summary>
public sealed class ProposalsModule : IModule
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<ProposalsDbContext, SqliteProposalsDbContext, SqlServerProposalsDbContext>(ProposalsDbContext.Module);
        services.AddScoped<IFirmInbox, FirmInboxHandler>();
        services.AddScoped<IProposals, ProposalsHandler>();
        services.AddScoped<EvaluationHandler>();
        services.AddScoped<IEvaluation>(sp => sp.GetRequiredService<EvaluationHandler>());
        services.AddScoped<IOutcomes, OutcomesHandler>();
        services.AddScoped<DecisionReminders>();
        services.AddHostedService<DecisionWatch>();
        services.AddScoped<IDemoData, ProposalsDemoData>();
    }
}
