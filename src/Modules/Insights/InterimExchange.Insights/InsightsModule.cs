using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Insights;

/// <summary>Track records both ways and the insights of time to engage and hit on target, kept from the other modules' events.</summary>
public sealed class InsightsModule() : DatabaseModule(services => services
    .AddModuleDatabase<InsightsDbContext, SqliteInsightsDbContext, SqlServerInsightsDbContext>(InsightsDbContext.Module));
