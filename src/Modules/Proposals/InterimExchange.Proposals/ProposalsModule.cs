using InterimExchange.Proposals.Features;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Proposals;

/// <summary>The firm side of the marketplace: the inbox of routed briefs, the firms' answers and proposals, their value-first evaluation, and the outcome every firm is owed by a promised date.</summary>
public sealed class ProposalsModule() : DatabaseModule(services => services
    .AddModuleDatabase<ProposalsDbContext, SqliteProposalsDbContext, SqlServerProposalsDbContext>(ProposalsDbContext.Module).AddScoped<FirmProposals>().AddScoped<Evaluations>());
