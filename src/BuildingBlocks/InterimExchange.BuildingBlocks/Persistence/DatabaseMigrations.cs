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

    /// <summary>
    /// Puts every module's SQLite file in write-ahead-log mode, which the file keeps: readers then never wait for a writer, nor a
    /// writer for readers, and a commit is appended to the log instead of copying pages to a rollback journal. A file created by
    /// migrating stays in the rollback journal's mode otherwise, where a consumer's write made every page's read wait and
    /// retry (Microsoft.Data.Sqlite sleeps 150 ms between tries).
    /// </summary>
    public static async Task UseWriteAheadLogAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var module in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.Context);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL", cancellationToken);
        }
    }
}
