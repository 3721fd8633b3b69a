using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterimExchange.BuildingBlocks.Persistence;

/// <summary>The <c>DemoData</c> configuration section.</summary>
public sealed class DemoDataOptions
{
    public const string Section = "DemoData";

    public bool Enabled { get; set; }
}

/// <summary>
/// Runs first at start-up: applies SQLite migrations (SQL Server's are applied by the <c>migrate</c> command),
/// then writes the demo data when it is enabled, before the outbox dispatchers and the web server start.
/// </summary>
internal sealed class DatabasePreparation(
    IServiceProvider services,
    IOptions<DatabaseOptions> database,
    IOptions<DemoDataOptions> demoData,
    ILogger<DatabasePreparation> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.Value.Provider == DatabaseProvider.Sqlite)
        {
            logger.LogInformation("SQLite databases are in {Folder}", Path.GetFullPath(database.Value.DataDirectory));
            await services.MigrateModulesAsync(cancellationToken);
        }

        if (demoData.Value.Enabled)
        {
            await using var scope = services.CreateAsyncScope();
            foreach (var seed in scope.ServiceProvider.GetServices<IDemoData>())
            {
                await seed.SeedAsync(cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
