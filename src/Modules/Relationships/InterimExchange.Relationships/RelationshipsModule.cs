using InterimExchange.Relationships.Features;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Relationships;

/// <summary>The relationship between briefs: timelines built from the other modules' events, keep-in-touch, and conversations asked for, agreed and held.</summary>
public sealed class RelationshipsModule() : DatabaseModule(services => services
    .AddModuleDatabase<RelationshipsDbContext, SqliteRelationshipsDbContext, SqlServerRelationshipsDbContext>(RelationshipsDbContext.Module)
    .AddScoped<Parties>().AddScoped<ConversationChanges>());
