using InterimExchange.BuildingBlocks.Scheduling;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterimExchange.BuildingBlocks.Outbox;

public sealed class OutboxOptions
{
    /// <summary>
    /// How often an idle dispatcher looks for rows nothing announced (a claim that lapsed on a stopped instance); a row stored by this
    /// instance wakes it at once.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 50;

    /// <summary>How long a claimed batch stays with one app instance before another may take it over.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a sent row is kept (without its content) before it is deleted.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
}

public static class OutboxRegistration
{
    /// <summary>Publishes the outbox of <typeparamref name="TContext"/> in the background.</summary>
    public static IServiceCollection AddOutboxDispatcher<TContext>(this IServiceCollection services)
        where TContext : DbContext, IHasOutbox =>
        services.AddSingleton<OutboxSignal<TContext>>()
            .AddSingleton<OutboxSaveInterceptor<TContext>>()
            .AddSingleton<IHostedService, OutboxDispatcher<TContext>>();
}

/// <summary>
/// Publishes one module's outbox rows in order. Several app instances may run it: each claims a batch
/// with a lease, and consumers drop duplicates through their inbox, so a message is handled once in effect.
/// </summary>
internal sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    OutboxSignal<TContext> signal,
    IHostApplicationLifetime lifetime,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext, IHasOutbox
{
    private DateTime lastPrunedUtc = DateTime.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Nothing is published before the app has started: on a broker, the bus has then declared and bound every consumer's queue,
        // so a message written at start-up (the demo data's, a restart's backlog) is not published to an exchange nobody listens to.
        await lifetime.WhenStartedAsync(stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        while (!stoppingToken.IsCancellationRequested)
        {
            var published = 0;
            try
            {
                published = await DispatchBatchAsync(stoppingToken);
                if (published == 0)
                {
                    await PruneAsync(stoppingToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Outbox of {Context} could not be dispatched; retrying", typeof(TContext).Name);
            }

            if (published < options.Value.BatchSize)
            {
                // Polling runs on wall-clock time; business time (a fake clock in tests) does not pace it.
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
        }
    }

    internal async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var claimedUntil = now + options.Value.ClaimDuration;
        var claim = Guid.NewGuid();

        var claimed = await db.OutboxMessages
            .Where(m => m.SentAtUtc == null && (m.LockedUntilUtc == null || m.LockedUntilUtc < now))
            .OrderBy(m => m.Id)
            .Take(options.Value.BatchSize)
            .ExecuteUpdateAsync(m => m
                .SetProperty(x => x.LockedBy, claim)
                .SetProperty(x => x.LockedUntilUtc, claimedUntil), cancellationToken);
        if (claimed == 0)
        {
            return 0;
        }

        var batch = await db.OutboxMessages
            .Where(m => m.LockedBy == claim && m.SentAtUtc == null)
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);

        // The batch goes to the bus in order without waiting for each confirmation in turn (over RabbitMQ, a round trip per
        // message was most of a routing's time); then one statement marks what was sent.
        var sends = batch.Select(row => Publish(row, cancellationToken)).ToList();
        var sent = new List<long>();
        var emails = new List<long>();
        Exception? failure = null;
        for (var i = 0; i < batch.Count; i++)
        {
            try
            {
                (await sends[i] == typeof(Email.EmailRequested) ? emails : sent).Add(batch[i].Id);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The lease lapses on a failed row and it is published again; consumers drop a message they have handled.
                failure ??= exception;
                await db.OutboxMessages.Where(m => m.Id == batch[i].Id).ExecuteUpdateAsync(m => m
                    .SetProperty(x => x.Attempts, x => x.Attempts + 1)
                    .SetProperty(x => x.LastError, exception.Message)
                    .SetProperty(x => x.LockedUntilUtc, (DateTime?)null), CancellationToken.None);
            }
        }

        // A sent email's body is not kept: it may carry a link token (a briefing, invitation or reset link).
        var sentAt = clock.GetUtcNow().UtcDateTime;
        if (sent.Count > 0)
        {
            await db.OutboxMessages.Where(m => sent.Contains(m.Id)).ExecuteUpdateAsync(m => m
                .SetProperty(x => x.SentAtUtc, sentAt)
                .SetProperty(x => x.Attempts, x => x.Attempts + 1), CancellationToken.None);
        }

        if (emails.Count > 0)
        {
            await db.OutboxMessages.Where(m => emails.Contains(m.Id)).ExecuteUpdateAsync(m => m
                .SetProperty(x => x.SentAtUtc, sentAt)
                .SetProperty(x => x.Content, "")
                .SetProperty(x => x.Attempts, x => x.Attempts + 1), CancellationToken.None);
        }

        if (failure is not null)
        {
            throw failure;
        }

        return sent.Count + emails.Count;
    }

    /// <summary>Publishes one row's message, and says what type it was.</summary>
    private async Task<System.Type> Publish(OutboxMessage row, CancellationToken cancellationToken)
    {
        var type = System.Type.GetType(row.Type, throwOnError: true)!;
        var message = System.Text.Json.JsonSerializer.Deserialize(row.Content, type)!;
        await bus.Publish(message, type, context => context.MessageId = row.MessageId, cancellationToken);
        return type;
    }

    /// <summary>At most hourly, when idle: sent rows older than the retention period are deleted.</summary>
    internal async Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (now - lastPrunedUtc < TimeSpan.FromHours(1))
        {
            return 0;
        }

        lastPrunedUtc = now;
        await using var scope = scopes.CreateAsyncScope();
        var cutoff = now - options.Value.Retention;
        return await scope.ServiceProvider.GetRequiredService<TContext>().OutboxMessages
            .Where(m => m.SentAtUtc != null && m.SentAtUtc < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
    }
}
