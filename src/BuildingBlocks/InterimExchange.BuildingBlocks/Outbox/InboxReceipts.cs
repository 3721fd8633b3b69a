using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.BuildingBlocks.Outbox;

/// <summary>
/// Which consumers must handle each kind of message, and whether they have: a consumer has handled a message once its module's
/// inbox holds the message's id under the consumer's name, saved with the consumer's effect. On the in-memory bus a published
/// message lives only in this process, so the outbox counts a message sent only once every consumer has handled it, and a
/// process that dies before then delivers it again when it starts (ADR 0009). A broker keeps what it was handed, so there the
/// outbox counts a message sent once the broker has it.
/// </summary>
public sealed class InboxReceipts
{
    private readonly Dictionary<Type, Receiver[]> receivers;

    internal InboxReceipts(IEnumerable<Type> consumerTypes, bool untilHandled)
    {
        UntilHandled = untilHandled;
        receivers = consumerTypes
            .Select(type => (Type: type, Inbox: InboxOf(type)))
            .Where(consumer => consumer.Inbox is not null)
            .GroupBy(consumer => consumer.Inbox!.Value.Message)
            .ToDictionary(group => group.Key, group => group.Select(c => new Receiver(c.Type.FullName!, c.Inbox!.Value.Context)).ToArray());
    }

    /// <summary>True on the in-memory bus: a row stays unsent until every consumer of its message has handled it.</summary>
    public bool UntilHandled { get; }

    /// <summary>The consumers that record <paramref name="message"/> in their module's inbox.</summary>
    internal IReadOnlyList<Receiver> Of(Type message) => receivers.GetValueOrDefault(message) ?? [];

    /// <summary>
    /// Of the <paramref name="published"/> messages, the ids of those every consumer has handled: one query per module whose
    /// consumers were waited on.
    /// </summary>
    internal async Task<HashSet<Guid>> HandledAsync(IServiceProvider services, IReadOnlyCollection<(Guid MessageId, Type Message)> published,
        CancellationToken cancellationToken)
    {
        var recorded = new HashSet<(Guid, string)>();
        foreach (var module in published.SelectMany(m => Of(m.Message).Select(r => (m.MessageId, r.Context))).GroupBy(x => x.Context))
        {
            var ids = module.Select(x => x.MessageId).Distinct().ToList();
            var inbox = ((IHasOutbox)services.GetRequiredService(module.Key)).InboxMessages.AsNoTracking();
            foreach (var row in await inbox.Where(m => ids.Contains(m.MessageId)).Select(m => new { m.MessageId, m.Consumer }).ToListAsync(cancellationToken))
            {
                recorded.Add((row.MessageId, row.Consumer));
            }
        }

        return published.Where(m => Of(m.Message).All(r => recorded.Contains((m.MessageId, r.Consumer)))).Select(m => m.MessageId).ToHashSet();
    }

    /// <summary>The message type and module DbContext of an <see cref="InboxConsumer{TMessage,TContext}"/>, or null for any other consumer.</summary>
    private static (Type Message, Type Context)? InboxOf(Type consumer)
    {
        for (var type = consumer.BaseType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(InboxConsumer<,>))
            {
                return (type.GenericTypeArguments[0], type.GenericTypeArguments[1]);
            }
        }

        return null;
    }

    /// <summary>One consumer, by the name it records in its inbox, and its module's DbContext.</summary>
    internal sealed record Receiver(string Consumer, Type Context);
}
