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
        }

        await services.PrepareDatabasesAsync(demoData.Value.Enabled, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class DatabasePreparationExtensions
{
    /// <summary>Applies SQLite migrations and puts the files in write-ahead-log mode, then writes each module's demo data when asked (a module skips data it already has).</summary>
    public static async Task PrepareDatabasesAsync(this IServiceProvider services, bool withDemoData, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Sqlite)
        {
            await services.MigrateModulesAsync(cancellationToken);
            await services.UseWriteAheadLogAsync(cancellationToken);
        }

        if (withDemoData)
        {
            await using var scope = services.CreateAsyncScope();
            foreach (var seed in scope.ServiceProvider.GetServices<IDemoData>())
            {
                await seed.SeedAsync(cancellationToken);
            }
        }
    }

    /// <summary>Writes each module's share of <paramref name="plan"/> after the demo data, each module in its own scope.</summary>
    public static async Task SeedScaleAsync(this IServiceProvider services, ScalePlan plan, Action<string> progress, CancellationToken cancellationToken)
    {
        await services.PrepareDatabasesAsync(withDemoData: true, cancellationToken);
        int count;
        await using (var scope = services.CreateAsyncScope())
        {
            count = scope.ServiceProvider.GetServices<IScaleData>().Count();
        }

        for (var i = 0; i < count; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var seed = scope.ServiceProvider.GetServices<IScaleData>().ElementAt(i);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await seed.SeedAsync(plan, cancellationToken);
            progress($"{seed.GetType().Name}: {watch.Elapsed.TotalSeconds:0.0} s");
        }
    }
}
