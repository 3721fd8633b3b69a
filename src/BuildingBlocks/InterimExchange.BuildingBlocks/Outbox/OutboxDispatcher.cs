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

    /// <summary>
    /// On the in-memory bus: how long a published message may wait for a consumer that keeps failing before it is delivered again.
    /// Longer than any consumer's own retries (an email's last is five minutes after its first), so that a retry never races a redelivery.
    /// </summary>
    public TimeSpan RedeliverAfter { get; set; } = TimeSpan.FromMinutes(10);

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
/// Over a broker, a row is sent once the broker has it. On the in-memory bus, a row is sent only once every consumer of its
/// message has recorded it in its inbox: until then it is in flight, and a process that dies meanwhile delivers it again on start.
/// </summary>
internal sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    OutboxSignal<TContext> signal,
    InboxReceipts receipts,
    IHostApplicationLifetime lifetime,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : DbContext, IHasOutbox
{
    /// <summary>How often the consumers' inboxes are read while messages are in flight.</summary>
    private static readonly TimeSpan SettleInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Rows published on the in-memory bus that some consumer has not handled yet, by row id.</summary>
    private readonly Dictionary<long, (Guid MessageId, System.Type Message)> inFlight = [];

    private DateTime lastPrunedUtc = DateTime.MinValue;

    /// <summary>
    /// On the in-memory bus, releases the previous process's claims as the app starts, before anything of this process can claim
    /// or write a row: the databases are prepared by then, and the dispatchers start after.
    /// </summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (receipts.UntilHandled)
        {
            await ReleaseClaimsOfAnEarlierProcessAsync(cancellationToken);
        }

        await base.StartAsync(cancellationToken);
    }

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
                if (inFlight.Count > 0)
                {
                    await SettleAsync(stoppingToken);
                }
                else if (published == 0)
                {
                    await PruneAsync(stoppingToken);
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(exception, "Outbox of {Context} could not be dispatched; retrying", typeof(TContext).Name);
            }
            catch (Exception)
            {
                // Stopping: what was claimed and not yet sent is sent by the next start, or by another instance once its claim lapses.
                break;
            }

            if (published < options.Value.BatchSize)
            {
                // Polling runs on wall-clock time; business time (a fake clock in tests) does not pace it.
                await signal.WaitAsync(inFlight.Count > 0 ? SettleInterval : options.Value.PollInterval, stoppingToken);
            }
        }
    }

    internal async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var claimedUntil = now + (receipts.UntilHandled ? options.Value.RedeliverAfter : options.Value.ClaimDuration);
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
        var published = new List<(OutboxMessage Row, System.Type Message)>();
        Exception? failure = null;
        for (var i = 0; i < batch.Count; i++)
        {
            try
            {
                published.Add((batch[i], await sends[i]));
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

        if (receipts.UntilHandled)
        {
            foreach (var (row, message) in published)
            {
                inFlight[row.Id] = (row.MessageId, message);
            }
        }
        else
        {
            await MarkSentAsync(db, published.Select(p => (p.Row.Id, p.Message)).ToList());
        }

        if (failure is not null)
        {
            throw failure;
        }

        return published.Count;
    }

    /// <summary>Marks sent the rows in flight that every consumer of their message has handled.</summary>
    private async Task SettleAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var handled = await receipts.HandledAsync(scope.ServiceProvider, inFlight.Values, cancellationToken);
        if (handled.Count == 0)
        {
            return;
        }

        var settled = inFlight.Where(row => handled.Contains(row.Value.MessageId)).Select(row => (row.Key, row.Value.Message)).ToList();
        await MarkSentAsync(scope.ServiceProvider.GetRequiredService<TContext>(), settled);
        foreach (var (id, _) in settled)
        {
            inFlight.Remove(id);
        }
    }

    /// <summary>
    /// The in-memory bus lived in one process: a row that process claimed and never saw handled is delivered again now, without
    /// waiting for its claim to lapse. (The in-memory bus means one instance: no other process is publishing these rows.)
    /// </summary>
    private async Task ReleaseClaimsOfAnEarlierProcessAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var released = await scope.ServiceProvider.GetRequiredService<TContext>().OutboxMessages
            .Where(m => m.SentAtUtc == null && m.LockedUntilUtc != null)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.LockedBy, (Guid?)null).SetProperty(x => x.LockedUntilUtc, (DateTime?)null), cancellationToken);
        if (released > 0)
        {
            logger.LogInformation("Outbox of {Context}: {Count} messages not handled before the last stop are delivered again", typeof(TContext).Name, released);
        }
    }

    /// <summary>Marks rows sent. A sent email's body is not kept: it may carry a link token (a briefing, invitation or reset link).</summary>
    private async Task MarkSentAsync(TContext db, IReadOnlyCollection<(long Id, System.Type Message)> rows)
    {
        var sentAt = clock.GetUtcNow().UtcDateTime;
        var emails = rows.Where(r => r.Message == typeof(Email.EmailRequested)).Select(r => r.Id).ToList();
        var others = rows.Where(r => r.Message != typeof(Email.EmailRequested)).Select(r => r.Id).ToList();
        if (others.Count > 0)
        {
            await db.OutboxMessages.Where(m => others.Contains(m.Id)).ExecuteUpdateAsync(m => m
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
