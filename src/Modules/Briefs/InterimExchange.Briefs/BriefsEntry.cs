using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs;

internal sealed class BriefsEntry(IServiceProvider services) : ModuleEntry<IBriefs>(services), IBriefs;
