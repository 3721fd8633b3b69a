using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Relationships;

internal sealed class RelationshipsEntry(IServiceProvider services) : ModuleEntry<IRelationships>(services), IRelationships;
