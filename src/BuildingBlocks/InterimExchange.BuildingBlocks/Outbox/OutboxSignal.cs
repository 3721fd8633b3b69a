using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace InterimExchange.BuildingBlocks.Outbox;

/// <summary>
/// Wakes one module's outbox dispatcher as soon as a SaveChanges of this app instance has stored an outbox row, so that a message
/// leaves at once and an idle dispatcher need not poll often. Polling remains for rows no signal announces (a lapsed claim).
/// </summary>
public sealed class OutboxSignal<TContext>
    where TContext : DbContext, IHasOutbox
{
    private readonly SemaphoreSlim raised = new(0, 1);

    public void Raise()
    {
        try
        {
            raised.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already raised: the dispatcher will look once, and see every row stored so far.
        }
    }

    /// <summary>Waits until raised, until <paramref name="timeout"/>, or until the app stops; then the dispatcher looks again.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            await raised.WaitAsync(timeout, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping: the dispatcher's loop ends.
        }
    }
}

/// <summary>Raises the module's <see cref="OutboxSignal{TContext}"/> after a save that stored outbox rows.</summary>
internal sealed class OutboxSaveInterceptor<TContext>(OutboxSignal<TContext> signal) : SaveChangesInterceptor
    where TContext : DbContext, IHasOutbox
{
    private readonly ConditionalWeakTable<DbContext, object> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Signal(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Signal(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
        {
            pending.AddOrUpdate(context, this);
        }
    }

    private void Signal(DbContext? context)
    {
        // A save inside an explicit transaction is signalled before its commit; the dispatcher then finds the rows on its next poll.
        if (context is not null && pending.Remove(context))
        {
            signal.Raise();
        }
    }
}
