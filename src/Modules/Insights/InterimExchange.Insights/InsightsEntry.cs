using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Insights;

internal sealed class InsightsEntry(IServiceProvider services) : ModuleEntry<IInsights>(services), IInsights;
