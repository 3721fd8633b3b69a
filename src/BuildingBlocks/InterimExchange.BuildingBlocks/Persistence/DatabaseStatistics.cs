using InterimExchange.BuildingBlocks.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InterimExchange.BuildingBlocks.Persistence;

/// <summary>
/// Keeps SQLite's statistics of each module's tables and indexes current, once the app has started and then every hour, so that its query planner
/// picks the index that narrows most (without them it took an index on a decision's outcome over the one on its brief: 42 ms
/// instead of a fraction of one at 50,000 decisions). Each table is sampled, so a run stays short at any size. SQL Server keeps
/// its own statistics.
/// </summary>
internal sealed class DatabaseStatistics(IServiceProvider services, IOptions<DatabaseOptions> options) : IScheduledWork
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Provider != DatabaseProvider.Sqlite)
        {
            return 0;
        }

        var modules = services.GetServices<ModuleDatabase>().ToList();
        foreach (var module in modules)
        {
            var db = (DbContext)services.GetRequiredService(module.Context);
            await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit = 1000; ANALYZE;", cancellationToken);
        }

        return modules.Count;
    }
}
