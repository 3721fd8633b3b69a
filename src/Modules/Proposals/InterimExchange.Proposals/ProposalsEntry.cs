using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals;

internal sealed class ProposalsEntry(IServiceProvider services) : ModuleEntry<IProposals>(services), IProposals;
