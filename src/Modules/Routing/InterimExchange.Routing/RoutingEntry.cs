using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Routing;

internal sealed class RoutingEntry(IServiceProvider services) : ModuleEntry<IRouting>(services), IRouting;
