using System.Collections.Concurrent;
using MassTransit;

namespace InterimExchange.Testing;

/// <summary>Counts finished consumptions of each message type, whatever each consumer decided: how a test knows a duplicate was handled.</summary>
internal sealed class ConsumeCounter : IConsumeObserver
{
    private readonly ConcurrentDictionary<Type, int> counts = new();

    private readonly ConcurrentDictionary<(Guid MessageId, string Endpoint), int> deliveries = new();

    private readonly ConcurrentDictionary<(Type Message, string Endpoint), int> byEndpoint = new();

    public int Count(Type messageType) => counts.GetValueOrDefault(messageType);

    public int Of<T>() => Count(typeof(T));

    /// <summary>How often the message was consumed on the endpoint (its queue name ends so: each consumer has its own).</summary>
    public int Of(Guid messageId, string endpoint) =>
        deliveries.Where(d => d.Key.MessageId == messageId && d.Key.Endpoint.EndsWith(endpoint, StringComparison.Ordinal)).Sum(d => d.Value);

    /// <summary>How many <typeparamref name="T"/> were consumed on the endpoint whose queue name ends with <paramref name="endpoint"/>.</summary>
    public int OnEndpoint<T>(string endpoint) =>
        byEndpoint.Where(d => d.Key.Message == typeof(T) && d.Key.Endpoint.EndsWith(endpoint, StringComparison.Ordinal)).Sum(d => d.Value);

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        counts.AddOrUpdate(typeof(T), 1, (_, n) => n + 1);
        byEndpoint.AddOrUpdate((typeof(T), context.ReceiveContext.InputAddress.AbsolutePath), 1, (_, n) => n + 1);
        if (context.MessageId is { } id)
        {
            deliveries.AddOrUpdate((id, context.ReceiveContext.InputAddress.AbsolutePath), 1, (_, n) => n + 1);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
