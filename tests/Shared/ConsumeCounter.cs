using System.Collections.Concurrent;
using MassTransit;

namespace InterimExchange.Testing;

/// <summary>Counts finished consumptions of each message type, whatever each consumer decided: how a test knows a duplicate was handled.</summary>
internal sealed class ConsumeCounter : IConsumeObserver
{
    private readonly ConcurrentDictionary<Type, int> counts = new();

    public int Count(Type messageType) => counts.GetValueOrDefault(messageType);

    public int Of<T>() => Count(typeof(T));

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        counts.AddOrUpdate(typeof(T), 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
