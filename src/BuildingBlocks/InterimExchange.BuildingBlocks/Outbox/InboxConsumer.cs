using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace InterimExchange.BuildingBlocks.Outbox;

/// <summary>
/// A consumer that handles each message once in effect: it records the message id in its module's inbox
/// in the same SaveChanges as its own change, and skips a message it has already handled.
/// </summary>
public abstract class InboxConsumer<TMessage, TContext>(TContext db, TimeProvider clock) : IConsumer<TMessage>
    where TMessage : class
    where TContext : DbContext, IHasOutbox
{
    protected TContext Db { get; } = db;

    protected TimeProvider Clock { get; } = clock;

    /// <summary>The id of the message being handled: the same on every delivery of it.</summary>
    protected Guid MessageId { get; private set; }

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id.");
        var consumer = GetType().FullName!;
        if (await Db.InboxMessages.AnyAsync(m => m.MessageId == messageId && m.Consumer == consumer, context.CancellationToken))
        {
            return;
        }

        MessageId = messageId;
        await HandleAsync(context.Message, context.CancellationToken);
        Db.InboxMessages.Add(new InboxMessage(messageId, consumer, Clock.GetUtcNow().UtcDateTime));

        // A concurrent duplicate fails here on the inbox key and rolls back with its effect; its retry then skips it.
        await Db.SaveChangesAsync(context.CancellationToken);
    }

    /// <summary>Applies the message to the module's DbContext without saving: the base class saves effect and inbox together.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken cancellationToken);
}
