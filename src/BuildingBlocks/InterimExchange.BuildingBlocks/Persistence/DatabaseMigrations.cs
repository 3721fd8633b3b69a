using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterimExchange.BuildingBlocks.Persistence;

public static class DatabaseMigrations
{
    /// <summary>Applies every module's pending migrations on the configured provider.</summary>
    public static async Task MigrateModulesAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrations));
        foreach (var module in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.Context);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            // Migrating takes a lock and reads the history again: on an up-to-date database, a start-up saves both.
            if (pending.Count > 0)
            {
                await db.Database.MigrateAsync(cancellationToken);
            }

            logger.LogInformation("Database of module {Module}: {Count} migration(s) applied", module.Module, pending.Count);
        }
    }
}
