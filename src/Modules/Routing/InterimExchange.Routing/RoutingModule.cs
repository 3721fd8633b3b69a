namespace InterimExchange.Routing;

/// <summary>Routing's own view of the firm network and of confirmed briefs, and the recommendation of firms for a brief.</summary>
public sealed class RoutingModule() : DatabaseModule(services => services.AddModuleDatabase<RoutingDbContext, SqliteRoutingDbContext, SqlServerRoutingDbContext>(RoutingDbContext.Module));
