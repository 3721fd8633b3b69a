using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InterimExchange.BuildingBlocks.Scheduling;

/// <summary>
/// Work that runs once the app has started and then at its own interval (<see cref="Every"/>, an hour unless it says otherwise) of the app's
/// <see cref="TimeProvider"/>, on every app instance. It works out
/// what is due from the data, and records each thing it sends as a row keyed by who, what and day (ADR 0005), so that a second
/// run or a second instance sends nothing twice.
/// </summary>
public interface IScheduledWork
{
    /// <summary>How often it runs: every hour, unless what it sends cannot wait that long (webhook deliveries, every minute).</summary>
    static virtual TimeSpan Every => TimeSpan.FromHours(1);

    /// <summary>Does what is due now; returns how many things it sent or changed.</summary>
    Task<int> RunAsync(CancellationToken cancellationToken);
}

public static class ScheduledWorkRegistration
{
    /// <summary>Registers <paramref name="work"/> (scoped, so that it gets its module's DbContext) and the timer that runs it.</summary>
    public static IServiceCollection AddScheduledWork(this IServiceCollection services, Type work)
    {
        services.TryAddScoped(work);
        services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IHostedService), typeof(ScheduledWatch<>).MakeGenericType(work)));
        return services;
    }

    /// <summary>
    /// Saves each send once, a hundred to a transaction: <paramref name="add"/> adds one send with the row that keys it. When another
    /// instance saved one of a hundred first, that hundred goes again one at a time, so that the others are still sent. Returns how
    /// many this instance saved.
    /// </summary>
    public static async Task<int> SaveEachOnceAsync<T>(this DbContext db, IEnumerable<T> sends, Action<T> add, CancellationToken cancellationToken)
    {
        var saved = 0;
        foreach (var batch in sends.Chunk(100))
        {
            foreach (var send in batch)
            {
                add(send);
            }

            if (await db.SaveOnceAsync(cancellationToken))
            {
                saved += batch.Length;
                continue;
            }

            foreach (var send in batch)
            {
                add(send);
                if (await db.SaveOnceAsync(cancellationToken))
                {
                    saved++;
                }
            }
        }

        return saved;
    }

    /// <summary>
    /// Saves one send with the row that keys it. When another instance saved the same key first, the insert fails on the key,
    /// nothing of this send is kept, and the answer is false. Either way the context is left empty for the next send.
    /// </summary>
    public static async Task<bool> SaveOnceAsync(this DbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}

internal sealed class ScheduledWatch<TWork>(IServiceScopeFactory scopes, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<TWork> logger) : BackgroundService
    where TWork : class, IScheduledWork
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first run waits until the app has started: start-up (and answering the first requests) does not queue behind it.
        await lifetime.WhenStartedAsync(stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        using var timer = new PeriodicTimer(TWork.Every, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var started = Stopwatch.GetTimestamp();
                var done = await scope.ServiceProvider.GetRequiredService<TWork>().RunAsync(stoppingToken);
                logger.Log(done > 0 ? LogLevel.Information : LogLevel.Debug, "{Work} sent or changed {Count} in {Elapsed} ms", typeof(TWork).Name, done,
                    (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "{Work} failed; it runs again in {Every}", typeof(TWork).Name, TWork.Every);
            }
            catch (Exception)
            {
                // Stopping: the run is abandoned; what it did not save is worked out again from the data at the next start.
                return;
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
